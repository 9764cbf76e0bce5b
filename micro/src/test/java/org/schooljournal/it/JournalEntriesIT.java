package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Attendance;
import org.schooljournal.testing.Bodies.Cell;
import org.schooljournal.testing.Bodies.LessonNotes;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;

/**
 * Attendance, topic and homework, and the order's deadlines recorded on each entry (R-J03, R-J04,
 * R-J05), on Payara Micro with PostgreSQL, in a maths journal of a school of the test's own
 * (Fixtures): the rows it writes in cannot meet another test's marks, whatever runs before or
 * after.
 */
class JournalEntriesIT {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    final URL base = SharedServer.url();

    private static Fixtures.School school;
    private static Fixtures.Journal own;
    private static ApiClient otherTeacher;

    /** One school and journal for all tests (a school is a few seconds of API calls). */
    private Fixtures.Journal own() {
        if (own == null) {
            school = Fixtures.school(base.toString(), "JournalEntriesIT");
            own = school.journal(5, "А", 5);
            otherTeacher = school.staff("Другова", "teacher");
        }
        return own;
    }

    /** The journal's teacher (each request signs in anew, so a second tab is the same client). */
    private ApiClient teacher() {
        return own().teacher().client();
    }

    /** Another teacher of the same school, who does not teach the journal. */
    private ApiClient otherTeacher() {
        own();
        return otherTeacher;
    }

    /** The journal page of this month and of the month before, lessons in date order. */
    private record Journal(long assignmentId, List<JsonObject> lessons, long lastPupil) {}

    private Journal journal(ApiClient teacher) {
        long assignmentId =
                teacher.get("/journals")
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("assignmentId")
                        .longValue();
        LocalDate today = LocalDate.now(MOSCOW);
        JsonObject before =
                teacher.get(
                                "/journals/"
                                        + assignmentId
                                        + "?month="
                                        + today.minusMonths(1).toString().substring(0, 7))
                        .object();
        JsonObject now =
                teacher.get(
                                "/journals/"
                                        + assignmentId
                                        + "?month="
                                        + today.toString().substring(0, 7))
                        .object();
        List<JsonObject> lessons = new java.util.ArrayList<>();
        lessons.addAll(before.getJsonArray("lessons").getValuesAs(JsonObject.class));
        lessons.addAll(now.getJsonArray("lessons").getValuesAs(JsonObject.class));
        var pupils = now.getJsonArray("pupils");
        long last = pupils.getJsonObject(pupils.size() - 1).getJsonNumber("id").longValue();
        return new Journal(assignmentId, lessons, last);
    }

    private static LocalDate date(JsonObject lesson) {
        return LocalDate.parse(lesson.getString("date"));
    }

    private static long id(JsonObject lesson) {
        return lesson.getJsonNumber("id").longValue();
    }

    /** The grid's text of a lesson's cell of the last pupil, which a write names as expected. */
    private static String text(ApiClient teacher, Journal j, JsonObject lesson) {
        JsonObject cells =
                teacher.get(
                                "/journals/"
                                        + j.assignmentId()
                                        + "?month="
                                        + date(lesson).toString().substring(0, 7))
                        .object()
                        .getJsonObject("cells");
        String key = id(lesson) + ":" + j.lastPupil();
        return cells.containsKey(key) ? cells.getString(key) : "";
    }

    private static String expected(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private JsonObject lastPastLesson(Journal j) {
        LocalDate today = LocalDate.now(MOSCOW);
        return j.lessons().stream()
                .filter(l -> date(l).isBefore(today))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "R-J01 R-J02 several marks of different work types share a cell; a save made on a stale cell is refused with 409 and the current value, nothing overwritten")
    void concurrentSaveOfOneCell() {
        ApiClient teacher = teacher();
        ApiClient otherTab = teacher();
        Journal j = journal(teacher);
        JsonObject past = lastPastLesson(j);
        String key = id(past) + ":" + j.lastPupil();
        String month = date(past).toString().substring(0, 7);
        String path = "/lessons/" + id(past) + "/marks/" + j.lastPupil();
        JsonObject cells =
                teacher.get("/journals/" + j.assignmentId() + "?month=" + month)
                        .object()
                        .getJsonObject("cells");
        String seen = cells.containsKey(key) ? cells.getString(key) : "";

        var first = teacher.put(path, new Mark("5", "DICTATION", seen));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String now = first.object().getString("cell");
        assertThat(now).contains("5д");

        var stale = otherTab.put(path, new Mark("3", "DICTATION", seen));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.object().getString("detail")).contains("изменили").contains(now);
        assertThat(stale.object().getString("current")).isEqualTo(now);
        assertThat(
                        teacher.get("/journals/" + j.assignmentId() + "?month=" + month)
                                .object()
                                .getJsonObject("cells")
                                .getString(key))
                .isEqualTo(now);

        String encoded = java.net.URLEncoder.encode(seen, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(otherTab.delete(path + "?workType=DICTATION&expected=" + encoded).status())
                .isEqualTo(409);
        String back = java.net.URLEncoder.encode(now, java.nio.charset.StandardCharsets.UTF_8);
        var removed = teacher.delete(path + "?workType=DICTATION&expected=" + back);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.object().getString("cell")).isEqualTo(seen);
    }

    @Test
    @DisplayName(
            "R-J04 R-J10 absence with its reason shows in the journal, and stays beside a make-up mark; marked after the lesson's day it is kept but flagged late; a future lesson and another teacher are refused")
    void attendance() {
        ApiClient teacher = teacher();
        Journal j = journal(teacher);
        JsonObject past = lastPastLesson(j);
        String cell = "/lessons/" + id(past) + "/attendance/" + j.lastPupil();

        var ill = teacher.put(cell, new Attendance("ILLNESS", text(teacher, j, past)));
        assertThat(ill.status()).as(ill.toString()).isEqualTo(200);
        assertThat(ill.object().getString("value")).isEqualTo("Б");
        assertThat(ill.object().getBoolean("late")).isTrue();
        String month = date(past).toString().substring(0, 7);
        var page = teacher.get("/journals/" + j.assignmentId() + "?month=" + month).object();
        assertThat(page.getJsonObject("attendance").getString(id(past) + ":" + j.lastPupil()))
                .isEqualTo("Б");

        // R-J10: a make-up mark goes into the missed lesson while the absence stays recorded
        String makeUp = "/lessons/" + id(past) + "/marks/" + j.lastPupil();
        var made = teacher.put(makeUp, new Mark("4", "TEST", ill.object().getString("cell")));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        var both = teacher.get("/journals/" + j.assignmentId() + "?month=" + month).object();
        assertThat(both.getJsonObject("marks").getString(id(past) + ":" + j.lastPupil()))
                .contains("4");
        assertThat(both.getJsonObject("attendance").getString(id(past) + ":" + j.lastPupil()))
                .isEqualTo("Б");
        // the grid cell reads the absence and the make-up mark together («Б/4т», like «н/4»)
        assertThat(both.getJsonObject("cells").getString(id(past) + ":" + j.lastPupil()))
                .startsWith("Б/")
                .contains("4т");
        var unmade =
                teacher.delete(
                        makeUp
                                + "?workType=TEST&expected="
                                + expected(made.object().getString("cell")));
        assertThat(unmade.status()).as(unmade.toString()).isEqualTo(200);

        JsonObject future =
                j.lessons().stream()
                        .filter(l -> date(l).isAfter(LocalDate.now(MOSCOW)))
                        .findFirst()
                        .orElseThrow();
        var refused =
                teacher.put(
                        "/lessons/" + id(future) + "/attendance/" + j.lastPupil(),
                        new Attendance("UNEXCUSED", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("посещаемость");
        assertThat(otherTeacher().put(cell, new Attendance("LATE", "")).status()).isEqualTo(403);

        assertThat(teacher.delete(cell + "?expected=" + expected(text(teacher, j, past))).status())
                .isBetween(200, 204);
        assertThat(
                        teacher.get("/journals/" + j.assignmentId() + "?month=" + month)
                                .object()
                                .getJsonObject("attendance")
                                .containsKey(id(past) + ":" + j.lastPupil()))
                .isFalse();
    }

    @Test
    @DisplayName(
            "R-J05 a mark keeps whether it came after the order's deadline: the same day for an answer, 5 days for a control work")
    void markDeadlines() {
        ApiClient teacher = teacher();
        Journal j = journal(teacher);
        JsonObject past = lastPastLesson(j);
        String cell = "/lessons/" + id(past) + "/marks/" + j.lastPupil();

        var answer = teacher.put(cell, new Mark("4", "ANSWER", text(teacher, j, past)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        var control =
                teacher.put(cell, new Mark("5", "CONTROL_WORK", answer.object().getString("cell")));

        assertThat(control.status()).as(control.toString()).isEqualTo(200);
        assertThat(answer.object().getBoolean("late")).isTrue();
        assertThat(control.object().getBoolean("late"))
                .isEqualTo(LocalDate.now(MOSCOW).isAfter(date(past).plusDays(5)));
    }

    @Test
    @DisplayName(
            "R-J03 homework or the explicit «not assigned», never both (refused, nothing changed); entered days later it is flagged late")
    void homework() {
        ApiClient teacher = teacher();
        Journal j = journal(teacher);
        JsonObject past = lastPastLesson(j);
        String lesson = "/lessons/" + id(past);

        var set = teacher.put(lesson, new LessonNotes("Десятичные дроби", "№ 412, 415", false));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.object().getBoolean("late")).isTrue();

        var both = teacher.put(lesson, new LessonNotes("Десятичные дроби", "№ 1", true));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.object().getString("detail")).contains("Не задано");

        var none = teacher.put(lesson, new LessonNotes("Десятичные дроби", null, true));
        assertThat(none.status()).isEqualTo(200);
        String month = date(past).toString().substring(0, 7);
        JsonObject column =
                teacher
                        .get("/journals/" + j.assignmentId() + "?month=" + month)
                        .object()
                        .getJsonArray("lessons")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(l -> id(l) == id(past))
                        .findFirst()
                        .orElseThrow();
        assertThat(column.getString("topic")).isEqualTo("Десятичные дроби");
        assertThat(column.getBoolean("noHomework")).isTrue();
        assertThat(column.containsKey("homework")).isFalse();
        assertThat(
                        teacher
                                .get("/journals/" + j.assignmentId() + "/audit")
                                .array()
                                .getValuesAs(JsonObject.class)
                                .stream()
                                .filter(e -> e.getString("subject").equals("HOMEWORK"))
                                .map(e -> e.getString("newValue", "∅"))
                                .toList())
                .as("R-A08 homework changes are audited")
                .containsSubsequence("№ 412, 415", "Не задано");
        assertThat(otherTeacher().put(lesson, new LessonNotes("x", null, null)).status())
                .isEqualTo(403);
    }

    private static Cell cellBody(String text, String expected) {
        return new Cell(text, expected);
    }

    @Test
    @DisplayName(
            "R-J01 R-J05 a cell is written whole in one request: marks and attendance together, all or nothing; a stale or blind write is refused")
    void cellWrittenWhole() {
        ApiClient teacher = teacher();
        Journal j = journal(teacher);
        JsonObject past = lastPastLesson(j);
        var pupils =
                teacher.get(
                                "/journals/"
                                        + j.assignmentId()
                                        + "?month="
                                        + date(past).toString().substring(0, 7))
                        .object()
                        .getJsonArray("pupils");
        // the fifth pupil from the end: no other test of this class writes in that row
        long pupil = pupils.getJsonObject(pupils.size() - 5).getJsonNumber("id").longValue();
        String path = "/lessons/" + id(past) + "/cells/" + pupil;
        // the journal is the test's own: the cell starts empty
        var written = teacher.put(path, cellBody("б 4", ""));
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        assertThat(written.object().getString("cell")).isEqualTo("Б/4");

        var resent = teacher.put(path, cellBody("б/4", ""));
        assertThat(resent.status())
                .as("a write sent again after its answer was lost is not a conflict: %s", resent)
                .isEqualTo(200);

        var stale = teacher.put(path, cellBody("5к", ""));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.object().getString("current")).isEqualTo("Б/4");

        var halfBad = teacher.put(path, cellBody("НП/4/9к", "Б/4"));
        assertThat(halfBad.status()).as(halfBad.toString()).isEqualTo(400);
        var unchanged = teacher.put(path, cellBody("Б/4", "Б/4"));
        assertThat(unchanged.status())
                .as("the refused write changed nothing, not even the attendance: %s", unchanged)
                .isEqualTo(200);
        assertThat(unchanged.object().getString("cell")).isEqualTo("Б/4");

        var blind = teacher.put(path, cellBody("5", null));
        assertThat(blind.status()).as("a write must name what it replaces").isEqualTo(400);

        var twice = teacher.put(path, cellBody("4 5", "Б/4"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.object().getString("detail")).contains("одного вида работы");

        var severalAndCleared = teacher.put(path, cellBody("5/4к", "Б/4"));
        assertThat(severalAndCleared.object().getString("cell")).isEqualTo("5/4к");
        var cleared = teacher.put(path, cellBody("", "5/4к"));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.object().getString("cell")).isEmpty();

        var otherTeacher = otherTeacher().put(path, cellBody("5", ""));
        assertThat(otherTeacher.status()).as("only the journal's teacher writes").isEqualTo(403);
    }
}
