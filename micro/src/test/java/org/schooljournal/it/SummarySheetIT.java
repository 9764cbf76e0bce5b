package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.SharedServer;

/**
 * Year marks and the summary sheet (R-J12, R-C10) on Payara Micro with PostgreSQL, in school s2
 * only: s2.teacher1's first journal and its class, whose period marks no other test writes. The
 * test sets the period marks of the journal's first pupil for every period of the year and its year
 * mark, and leaves them set.
 */
class SummarySheetIT {
    private static final String TEACHER = Demo.OTHER_SCHOOL_TEACHER;
    private static final String DEPUTY = "s2.deputy";

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    @Test
    @DisplayName(
            "R-J12 R-C10 a period mark set in the journal appears at once in the class's summary sheet; a year mark other than the suggestion needs a reason, is kept with it and shown; only the deputy, head and the class teacher open the sheet")
    void periodAndYearMarksInTheSummarySheet() {
        ApiClient teacher = as(TEACHER);
        ApiClient deputy = as(DEPUTY);
        JsonObject journal = teacher.get("/journals").array().getJsonObject(0);
        long journalId = journal.getJsonNumber("assignmentId").longValue();
        String subject = journal.getString("subject");
        String journalTitle = journal.getString("classTitle");

        // the journal's class and its class teacher, found through the API
        JsonObject schoolClass =
                deputy.get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(
                                c ->
                                        journalTitle.equals(c.getString("title"))
                                                || journalTitle.startsWith(
                                                        c.getString("title") + " "))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no class for " + journalTitle));
        long classId = schoolClass.getJsonNumber("id").longValue();
        assertThat(schoolClass.containsKey("classTeacherId")).as(schoolClass.toString()).isTrue();
        long classTeacherStaff = schoolClass.getJsonNumber("classTeacherId").longValue();
        List<JsonObject> staff = deputy.get("/staff").array().getValuesAs(JsonObject.class);
        String classTeacher =
                staff.stream()
                        .filter(s -> s.getJsonNumber("id").longValue() == classTeacherStaff)
                        .map(s -> s.getString("login"))
                        .findFirst()
                        .orElseThrow();
        String otherTeacher =
                staff.stream()
                        .filter(s -> s.containsKey("login") && !s.isNull("login"))
                        .filter(s -> !s.getString("login").equals(classTeacher))
                        .filter(
                                s -> {
                                    List<String> roles = roles(s);
                                    return roles.contains("teacher")
                                            && !roles.contains("head")
                                            && !roles.contains("deputy_head");
                                })
                        .map(s -> s.getString("login"))
                        .findFirst()
                        .orElseThrow();

        String summary = "/classes/" + classId + "/summary-sheet";
        String yearMarks = "/journals/" + journalId + "/year-marks";
        JsonObject yearSheet = teacher.get(yearMarks).object();
        List<String> periods = strings(yearSheet, "periods");
        assertThat(periods).isNotEmpty();
        JsonObject pupilRow = yearSheet.getJsonArray("rows").getJsonObject(0);
        long pupil = pupilRow.getJsonNumber("pupilId").longValue();

        JsonObject before = deputy.get(summary).object();
        assertThat(before.getString("classTitle")).isEqualTo(schoolClass.getString("title"));
        assertThat(strings(before, "periods")).isEqualTo(periods);
        // the demo closed the periods that have ended: their marks are in the sheet already
        String demoFirst = marksOf(before, pupil, subject).getJsonArray("periods").getString(0);

        // R-J12: a period mark set through the journal appears in the sheet at once
        List<JsonObject> periodList =
                teacher.get("/journals/" + journalId + "/periods")
                        .array()
                        .getValuesAs(JsonObject.class);
        List<Integer> numeric = new ArrayList<>();
        String firstValue = null;
        for (int i = 0; i < periods.size(); i++) {
            String title = periods.get(i);
            long periodId =
                    periodList.stream()
                            .filter(p -> p.getString("period").equals(title))
                            .map(p -> p.getJsonNumber("periodId").longValue())
                            .findFirst()
                            .orElseThrow();
            String sheet = "/journals/" + journalId + "/periods/" + periodId;
            JsonObject row =
                    teacher
                            .get(sheet)
                            .object()
                            .getJsonArray("rows")
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(r -> r.getJsonNumber("pupilId").longValue() == pupil)
                            .findFirst()
                            .orElseThrow();
            String value;
            if (row.containsKey("value") && !row.isNull("value")) {
                value = row.getString("value"); // a period the demo closed
                assertThat(value).isEqualTo(demoFirst);
            } else {
                value = row.containsKey("suggested") ? row.getString("suggested") : "4";
                var set = teacher.put(sheet + "/marks/" + pupil, "{\"value\":\"" + value + "\"}");
                assertThat(set.status()).as(set.toString()).isEqualTo(200);
            }
            numeric.add(Integer.parseInt(value));
            if (i == 0) {
                firstValue = value;
                JsonObject after = deputy.get(summary).object();
                assertThat(marksOf(after, pupil, subject).getJsonArray("periods").getString(0))
                        .isEqualTo(value);
                if (periods.size() > 1) {
                    // the year mark waits for every period's mark, naming the missing one
                    var early = teacher.put(yearMarks + "/" + pupil, "{\"value\":\"4\"}");
                    assertThat(early.status()).as(early.toString()).isEqualTo(409);
                    assertThat(early.object().getString("detail")).contains(periods.get(1));
                }
            }
        }

        // the suggestion is the mean of the period marks, an exact .5 rounding up
        int sum = numeric.stream().mapToInt(Integer::intValue).sum();
        int n = numeric.size();
        String expected = String.valueOf(Math.max(2, (2 * sum + n) / (2 * n)));
        JsonObject row = rowOf(teacher.get(yearMarks).object(), pupil);
        assertThat(row.getString("suggested")).isEqualTo(expected);
        String other = expected.equals("5") ? "4" : "5";
        var noReason = teacher.put(yearMarks + "/" + pupil, "{\"value\":\"" + other + "\"}");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.object().getString("detail")).contains("причину", expected);
        var withReason =
                teacher.put(
                        yearMarks + "/" + pupil,
                        "{\"value\":\"" + other + "\",\"reason\":\"итоговая работа за год\"}");
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
        JsonObject saved = rowOf(withReason.object(), pupil);
        assertThat(saved.getString("value")).isEqualTo(other);
        assertThat(saved.getString("reason")).isEqualTo("итоговая работа за год");
        assertThat(as(otherTeacher).put(yearMarks + "/" + pupil, "{\"value\":\"5\"}").status())
                .isEqualTo(403);

        // the sheet shows the period marks and the year mark; the class teacher opens it too
        for (ApiClient reader : List.of(deputy, as(classTeacher))) {
            var reply = reader.get(summary);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonObject marks = marksOf(reply.object(), pupil, subject);
            assertThat(marks.getJsonArray("periods").getString(0)).isEqualTo(firstValue);
            assertThat(marks.getString("year")).isEqualTo(other);
        }
        JsonObject line = lineOf(deputy.get(summary).object(), pupil);
        assertThat(line.getJsonNumber("missed").longValue())
                .isGreaterThanOrEqualTo(line.getJsonNumber("missedIllness").longValue());

        // a teacher who is not the class's class teacher: 403; another school: 404
        assertThat(as(otherTeacher).get(summary).status()).isEqualTo(403);
        assertThat(as("s2.parent1").get(summary).status()).isEqualTo(403);
        assertThat(as("s1.deputy").get(summary).status()).isEqualTo(404);
        // back to the suggestion: no reason needed; the change is audited under «год»
        var edited = teacher.put(yearMarks + "/" + pupil, "{\"value\":\"" + expected + "\"}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(deputy.get("/journals/" + journalId + "/audit").body())
                .contains("\"subject\":\"PERIOD_MARK\"", "год");
    }

    private static List<String> roles(JsonObject staff) {
        return staff.containsKey("roles")
                ? staff.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList()
                : List.of();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObject rowOf(JsonObject yearSheet, long pupil) {
        return yearSheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("pupilId").longValue() == pupil)
                .findFirst()
                .orElseThrow();
    }

    private static JsonObject lineOf(JsonObject sheet, long pupil) {
        return sheet.getJsonArray("pupils").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("pupilId").longValue() == pupil)
                .findFirst()
                .orElseThrow(() -> new AssertionError("pupil " + pupil + " not in the sheet"));
    }

    /** The pupil's marks in the subject's column of the summary sheet. */
    private static JsonObject marksOf(JsonObject sheet, long pupil, String subject) {
        List<JsonObject> subjects = sheet.getJsonArray("subjects").getValuesAs(JsonObject.class);
        int column = -1;
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.get(i).getString("name").equals(subject)) {
                column = i;
            }
        }
        assertThat(column).as("subject " + subject + " in " + subjects).isNotNegative();
        return lineOf(sheet, pupil).getJsonArray("subjects").getJsonObject(column);
    }
}
