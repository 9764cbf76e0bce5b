package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Deferral;
import org.schooljournal.testing.Bodies.FinalMark;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Bodies.Reason;
import org.schooljournal.testing.Bodies.Slot;
import org.schooljournal.testing.Bodies.StaffChoice;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * Period marks and the period's lock (R-J07 to R-J11) on Payara Micro with PostgreSQL, in the
 * second quarter of a maths journal of a school of the test's own (Fixtures): closing it cannot
 * refuse another test's writes, whatever the order the tests run in.
 */
class PeriodMarksIT {

    final URL base = SharedServer.url();

    @Test
    @DisplayName(
            "R-J07 R-J08 R-J09 R-J11 R-J06 period marks against the suggestion (override needs a reason), осв, deferral; the closed period refuses changes, moves and substitutions until the deputy reopens it with a reason")
    void periodMarksAndLock() {
        Fixtures.School school = Fixtures.school(base.toString(), "PeriodMarksIT");
        Fixtures.Journal own = school.journal(5, "А", 5);
        ApiClient teacher = own.teacher().client();
        long journal = own.assignmentId();
        String periods = "/journals/" + journal + "/periods";
        JsonObject quarter = teacher.get(periods).array().getJsonObject(1);
        assertThat(quarter.getString("period")).isEqualTo("2-я четверть");
        long periodId = quarter.getJsonNumber("periodId").longValue();
        // the first pupil's marks in the quarter's lessons given so far: 4 and 5 suggest a 5
        markTwoLessons(teacher, journal, quarter, own.pupils().get(0));
        String sheet = periods + "/" + periodId;
        List<JsonObject> rows =
                teacher.get(sheet).object().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).hasSizeGreaterThan(3);
        JsonObject first = rows.get(0);
        assertThat(first.getInt("marks")).isPositive();
        String suggested = first.getString("suggested");
        assertThat(suggested).isIn("2", "3", "4", "5");
        assertThat(school.staff("Другова", "teacher").get(sheet).status()).isEqualTo(403);

        // R-J07: another mark than the suggested one needs a reason
        String other = suggested.equals("5") ? "4" : "5";
        String firstMark = sheet + "/marks/" + pupil(first);
        var noReason = teacher.put(firstMark, new FinalMark(other, null));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.object().getString("detail")).contains("причину", suggested);
        var override = teacher.put(firstMark, new FinalMark(other, "итоговая контрольная работа"));
        assertThat(override.status()).as(override.toString()).isEqualTo(200);
        // R-J07: while the period is open a period mark can be taken back, and set again
        var cleared = teacher.delete(firstMark);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(
                        row(cleared.object(), pupil(first)).containsKey("value")
                                && !row(cleared.object(), pupil(first)).isNull("value"))
                .as("no mark after clearing")
                .isFalse();
        assertThat(teacher.delete(firstMark).status()).as("clearing twice").isEqualTo(200);
        assertThat(
                        teacher.put(firstMark, new FinalMark(other, "итоговая контрольная работа"))
                                .status())
                .isEqualTo(200);
        // R-J08: a special mark other than the suggested one needs a reason, «н/а» always
        String second = sheet + "/marks/" + pupil(rows.get(1));
        boolean secondSuggested = rows.get(1).containsKey("suggested");
        var exemptNoReason = teacher.put(second, new FinalMark("осв", null));
        assertThat(exemptNoReason.status())
                .as(exemptNoReason.toString())
                .isEqualTo(secondSuggested ? 400 : 200);
        var notAttested = teacher.put(second, new FinalMark("н/а", null));
        assertThat(notAttested.status()).as(notAttested.toString()).isEqualTo(400);
        assertThat(notAttested.object().getString("detail")).contains("н/а", "причин");
        assertThat(teacher.put(second, new FinalMark("осв", "освобождён от занятий")).status())
                .isEqualTo(200);
        // R-J09: a deferred one for an ill pupil
        LocalDate ends = LocalDate.parse(quarter.getString("endsOn"));
        String deferral = sheet + "/deferrals/" + pupil(rows.get(2));
        assertThat(teacher.put(deferral, new Deferral(ends, "болезнь")).status()).isEqualTo(400);
        var deferred = teacher.put(deferral, new Deferral(ends.plusDays(14), "болезнь"));
        assertThat(deferred.status()).as(deferred.toString()).isEqualTo(200);

        // R-J11: not all marks set → the period stays open
        var early = teacher.post(sheet + "/lock", "application/json", new byte[0]);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.object().getString("detail")).contains("нет отметки");
        for (JsonObject row : rows.subList(3, rows.size())) {
            FinalMark value =
                    row.containsKey("suggested")
                            ? new FinalMark(row.getString("suggested"), null)
                            : new FinalMark("н/а", "нет отметок за период");
            assertThat(teacher.put(sheet + "/marks/" + pupil(row), value).status()).isEqualTo(200);
        }
        var locked = teacher.post(sheet + "/lock", "application/json", new byte[0]);
        assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
        assertThat(locked.object().getBoolean("locked")).isTrue();
        JsonObject saved = locked.object().getJsonArray("rows").getJsonObject(0);
        assertThat(saved.getString("value")).isEqualTo(other);
        assertThat(saved.getString("reason")).isEqualTo("итоговая контрольная работа");

        // closed: neither a lesson's mark in the quarter nor a period mark changes
        long lesson =
                firstLessonOf(teacher, journal, LocalDate.parse(quarter.getString("startsOn")));
        String lessonMark = "/lessons/" + lesson + "/marks/" + pupil(rows.get(3));
        var refused = teacher.put(lessonMark, new Mark("5", "HOMEWORK", ""));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getString("detail")).contains("2-я четверть", "закрыт");
        assertThat(teacher.put(firstMark, new FinalMark(suggested, null)).status()).isEqualTo(409);
        assertThat(teacher.delete(firstMark).status()).as("no clearing when closed").isEqualTo(409);
        // nor does the deputy move a lesson out of it or record a substitute in it (R-J06)
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        var moved =
                deputy.put(
                        "/lessons/" + lesson + "/schedule/slot",
                        new Slot(LocalDate.now().plusDays(60), 8));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(409);
        assertThat(moved.object().getString("detail")).contains("закрыт");
        assertThat(
                        deputy.put(
                                        "/lessons/" + lesson + "/schedule/given-by",
                                        new StaffChoice(null))
                                .status())
                .isEqualTo(409);

        // reopened by the deputy with a reason, audited
        assertThat(teacher.post(sheet + "/reopen", new Reason("x")).status()).isEqualTo(403);
        assertThat(deputy.post(sheet + "/reopen", "application/json", "{}".getBytes()).status())
                .isEqualTo(400);
        var reopened =
                deputy.post(sheet + "/reopen", new Reason("исправление ошибки по заявлению"));
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(reopened.object().getBoolean("locked")).isFalse();
        // a write names the cell's text it replaces (R-J01): a conflict answers what it is now
        var written = teacher.put(lessonMark, new Mark("5", "HOMEWORK", ""));
        if (written.status() == 409) {
            written =
                    teacher.put(
                            lessonMark,
                            new Mark("5", "HOMEWORK", written.object().getString("current")));
        }
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        teacher.delete(
                lessonMark
                        + "?workType=HOMEWORK&expected="
                        + java.net.URLEncoder.encode(
                                written.object().getString("cell"),
                                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(deputy.get("/journals/" + journal + "/audit").body())
                .contains("\"subject\":\"LOCK\"", "открыт: исправление ошибки по заявлению")
                .contains("\"subject\":\"PERIOD_MARK\"", "отложена до");
    }

    /** Marks «4» and «5» for the pupil in the first two lessons of the quarter before today. */
    private static void markTwoLessons(
            ApiClient teacher, long journal, JsonObject quarter, long pupil) {
        LocalDate from = LocalDate.parse(quarter.getString("startsOn"));
        List<Long> given = new java.util.ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1);
                given.size() < 2 && month.isBefore(LocalDate.now());
                month = month.plusMonths(1)) {
            teacher
                    .get("/journals/" + journal + "?month=" + month.toString().substring(0, 7))
                    .object()
                    .getJsonArray("lessons")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(l -> !LocalDate.parse(l.getString("date")).isBefore(from))
                    .filter(l -> LocalDate.parse(l.getString("date")).isBefore(LocalDate.now()))
                    .limit(2 - given.size())
                    .forEach(l -> given.add(l.getJsonNumber("id").longValue()));
        }
        assertThat(given).as("lessons of the quarter given before today").hasSize(2);
        for (int i = 0; i < 2; i++) {
            var marked =
                    teacher.put(
                            "/lessons/" + given.get(i) + "/marks/" + pupil,
                            new Mark(i == 0 ? "4" : "5", "ANSWER", ""));
            assertThat(marked.status()).as(marked.toString()).isEqualTo(200);
        }
    }

    /** The pupil's row of a period sheet. */
    private static JsonObject row(JsonObject sheet, long pupilId) {
        return sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> pupil(r) == pupilId)
                .findFirst()
                .orElseThrow();
    }

    private static long pupil(JsonObject row) {
        return row.getJsonNumber("pupilId").longValue();
    }

    private static long firstLessonOf(ApiClient teacher, long journal, LocalDate month) {
        return teacher.get("/journals/" + journal + "?month=" + month.toString().substring(0, 7))
                .object()
                .getJsonArray("lessons")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }
}
