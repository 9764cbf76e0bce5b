package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Bodies.ParentMessage;
import org.schooljournal.testing.Bodies.Slot;
import org.schooljournal.testing.Bodies.StaffChoice;
import org.schooljournal.testing.Demo;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * Substitutions and moved lessons (R-J06) and messages to parents (R-J13) on Payara Micro with
 * PostgreSQL. The substitution and the move happen in a journal of a school of the test's own
 * (Fixtures); a message goes from s1.teacher1's demo journal to its pupil's parent, who reads it.
 */
class SubstitutionsAndMessagesIT {

    final URL base = SharedServer.url();

    private ApiClient as(String login) {
        return ApiClient.as(base.toString(), login, Demo.PASSWORD);
    }

    private long journal() {
        return as(Demo.TEACHER)
                .get("/journals")
                .array()
                .getJsonObject(0)
                .getJsonNumber("assignmentId")
                .longValue();
    }

    private JsonObject page(ApiClient reader, long journal, LocalDate month) {
        return reader.get("/journals/" + journal + "?month=" + month.toString().substring(0, 7))
                .object();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long journalId(JsonObject summary) {
        return summary.getJsonNumber("assignmentId").longValue();
    }

    @Test
    @DisplayName(
            "R-J06 the deputy records a substitute, who then writes in that lesson only, shown in the journal; a lesson moves with its entries; a clash answers 409")
    void substitutionAndMove() {
        // a school of its own: its journal's lessons, its teachers, whatever else runs
        Fixtures.School school = Fixtures.school(base.toString(), "SubstitutionsIT");
        Fixtures.Journal own = school.journal(5, "А", 3);
        long journal = own.assignmentId();
        ApiClient teacher = own.teacher().client();
        Fixtures.Member second = school.member("Заменова", "teacher");
        ApiClient substitute = second.client();
        LocalDate today = LocalDate.now();
        JsonObject month = page(school.head(), journal, today);
        List<JsonObject> past =
                month.getJsonArray("lessons").getValuesAs(JsonObject.class).stream()
                        .filter(l -> LocalDate.parse(l.getString("date")).isBefore(today))
                        .toList();
        if (past.size() < 2) {
            month = page(school.head(), journal, today.minusMonths(1));
            past = month.getJsonArray("lessons").getValuesAs(JsonObject.class);
        }
        long lesson = id(past.get(past.size() - 2));
        long other = id(past.get(0));
        var pupils = month.getJsonArray("pupils");
        long pupil = id(pupils.getJsonObject(pupils.size() - 3));
        ApiClient deputy = school.staff("Завучева", "deputy_head");
        long teacher2 = second.id();
        String givenBy = "/lessons/" + lesson + "/schedule/given-by";

        assertThat(teacher.put(givenBy, new StaffChoice(teacher2)).status()).isEqualTo(403);
        var substituted = deputy.put(givenBy, new StaffChoice(teacher2));
        assertThat(substituted.status()).as(substituted.toString()).isEqualTo(204);

        String mark = "/lessons/" + lesson + "/marks/" + pupil;
        var bySubstitute =
                substitute.put(
                        mark,
                        new Mark(
                                "5",
                                "WRITTEN_WORK",
                                month.getJsonObject("cells").getString(lesson + ":" + pupil, "")));
        assertThat(bySubstitute.status()).as(bySubstitute.toString()).isEqualTo(200);
        assertThat(
                        substitute
                                .put(
                                        "/lessons/" + other + "/marks/" + pupil,
                                        new Mark("5", "WRITTEN_WORK", ""))
                                .status())
                .isEqualTo(403);
        assertThat(teacher.put(mark, new Mark("4", "WRITTEN_WORK", "")).status()).isEqualTo(403);
        LocalDate lessonMonth = LocalDate.parse(past.get(0).getString("date"));
        JsonObject column =
                page(school.head(), journal, lessonMonth)
                        .getJsonArray("lessons")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(l -> id(l) == lesson)
                        .findFirst()
                        .orElseThrow();
        assertThat(column.getString("givenBy")).isNotBlank();
        assertThat(column.getBoolean("writable")).as("not the own teacher's meanwhile").isFalse();
        // the substitute finds the journal in its list and its page lets it write that lesson only
        assertThat(
                        substitute.get("/journals").array().getValuesAs(JsonObject.class).stream()
                                .map(SubstitutionsAndMessagesIT::journalId))
                .contains(journal);
        var itsPage =
                substitute.get(
                        "/journals/"
                                + journal
                                + "?month="
                                + lessonMonth.toString().substring(0, 7));
        assertThat(itsPage.status()).as(itsPage.toString()).isEqualTo(200);
        assertThat(itsPage.object().getBoolean("editable")).isTrue();
        assertThat(
                        itsPage
                                .object()
                                .getJsonArray("lessons")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(l -> l.getBoolean("writable"))
                                .map(SubstitutionsAndMessagesIT::id))
                .containsExactly(lesson);

        assertThat(deputy.put(givenBy, new StaffChoice(null)).status()).isEqualTo(204);
        var byTeacher =
                teacher.put(
                        mark,
                        new Mark("4", "WRITTEN_WORK", bySubstitute.object().getString("cell")));
        assertThat(byTeacher.status()).as(byTeacher.toString()).isEqualTo(200);
        teacher.delete(
                mark
                        + "?workType=WRITTEN_WORK&expected="
                        + java.net.URLEncoder.encode(
                                byTeacher.object().getString("cell"),
                                java.nio.charset.StandardCharsets.UTF_8));

        // a future lesson moves to lesson 8 of its day; onto another lesson's slot it clashes
        List<JsonObject> future =
                page(school.head(), journal, today.plusDays(14))
                        .getJsonArray("lessons")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(l -> LocalDate.parse(l.getString("date")).isAfter(today))
                        .toList();
        JsonObject last = future.get(future.size() - 1);
        JsonObject before = future.get(future.size() - 2);
        String slot = "/lessons/" + id(last) + "/schedule/slot";
        var moved = deputy.put(slot, new Slot(LocalDate.parse(last.getString("date")), 8));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
        assertThat(
                        page(school.head(), journal, LocalDate.parse(last.getString("date")))
                                .getJsonArray("lessons")
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(l -> id(l) == id(last))
                                .findFirst()
                                .orElseThrow()
                                .getInt("number"))
                .isEqualTo(8);
        var clash =
                deputy.put(
                        slot,
                        new Slot(
                                LocalDate.parse(before.getString("date")),
                                before.getInt("number")));
        assertThat(clash.status()).isEqualTo(409);
    }

    @Test
    @DisplayName(
            "R-J13 a teacher's recommendation reaches the pupil's parents in the diary, and no one else")
    void messagesToParents() {
        long journal = journal();
        long child = Demo.firstChild(as(Demo.PARENT));
        String path = "/journals/" + journal + "/pupils/" + child + "/messages";

        var empty = as(Demo.TEACHER).post(path, new ParentMessage(null, "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(as(Demo.OTHER_TEACHER).post(path, new ParentMessage(null, "x")).status())
                .isEqualTo(403);
        var posted =
                as(Demo.TEACHER)
                        .post(
                                path,
                                new ParentMessage(
                                        "RECOMMENDATION", "Повторить таблицу умножения на 7 и 8"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);

        var seen = as(Demo.PARENT).get("/diary/pupils/" + child + "/messages");
        assertThat(seen.status()).isEqualTo(200);
        JsonObject message = seen.array().getJsonObject(0);
        assertThat(message.getString("body")).isEqualTo("Повторить таблицу умножения на 7 и 8");
        assertThat(message.getString("kind")).isEqualTo("RECOMMENDATION");
        assertThat(message.getString("subject")).isEqualTo("Математика");
        assertThat(as("s1.parent2").get("/diary/pupils/" + child + "/messages").status())
                .as("another family's pupil is not found, as a missing one (R-A03)")
                .isEqualTo(404);
        assertThat(
                        as(Demo.OTHER_SCHOOL_PARENT)
                                .get("/diary/pupils/" + child + "/messages")
                                .status())
                .isEqualTo(404);
    }
}
