package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Bodies.Attendance;
import org.schooljournal.testing.Bodies.Mark;
import org.schooljournal.testing.Bodies.Slot;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * Dates hold (issue 8, item 6) on Payara Micro with PostgreSQL, through the API as the deputy head
 * and a teacher of a school of the test's own (Fixtures): a lesson is never moved into holidays,
 * onto a day off or a day of rest, nor out of its academic year, each refusal naming why; a valid
 * move still works; no mark or absence is taken for a lesson outside every study period. Every date
 * is read from the school's year plan.
 *
 * <p>Moves use the first future lesson of the school's 8 «А» maths journal (a five-day class); the
 * one valid move is moved back at once. A lesson outside every study period can no longer be made
 * through the API: the mark test writes one into the database as data older than the rule would
 * have it (the same journal, lesson 8 of a weekday in the holidays) and removes it afterwards.
 * Nothing here can meet another test's data, whatever runs before or after.
 */
class LessonDatesIT {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    final URL base = SharedServer.url();

    private static Fixtures.School school;
    private static Fixtures.Journal own;
    private static ApiClient deputy;

    /** One school, journal and deputy head for all tests (a school is a few seconds of calls). */
    private Fixtures.Journal own() {
        if (own == null) {
            school = Fixtures.school(base.toString(), "LessonDatesIT");
            own = school.journal(8, "А", 3);
            deputy = school.staff("Завучева", "deputy_head");
        }
        return own;
    }

    /** The school's deputy head, who sees every journal (answers in Russian). */
    private ApiClient deputy() {
        own();
        return deputy.inLanguage("ru");
    }

    private static long id(JsonObject o, String name) {
        return o.getJsonNumber(name).longValue();
    }

    private static LocalDate date(JsonObject o, String name) {
        return LocalDate.parse(o.getString(name));
    }

    private static String shown(LocalDate date) {
        return SHOWN.format(date);
    }

    /** The school's academic year that holds today. */
    private JsonObject year() {
        LocalDate today = LocalDate.now();
        return deputy().get("/calendar/years").array().getValuesAs(JsonObject.class).stream()
                .filter(
                        y ->
                                !today.isBefore(date(y, "startsOn"))
                                        && !today.isAfter(date(y, "endsOn")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the school has no year today"));
    }

    private static boolean covers(JsonObject item, int grade) {
        return item.getInt("gradeFrom") <= grade && grade <= item.getInt("gradeTo");
    }

    private static boolean contains(JsonObject item, LocalDate date) {
        return !date.isBefore(date(item, "startsOn")) && !date.isAfter(date(item, "endsOn"));
    }

    private static List<JsonObject> holidays(JsonObject year, int grade, String kind) {
        return year.getJsonArray("holidays").getValuesAs(JsonObject.class).stream()
                .filter(h -> covers(h, grade) && h.getString("kind").equals(kind))
                .toList();
    }

    private static boolean inHolidays(JsonObject year, int grade, LocalDate date) {
        return year.getJsonArray("holidays").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> covers(h, grade) && contains(h, date));
    }

    private static boolean inPeriod(JsonObject year, int grade, LocalDate date) {
        return year.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> covers(p, grade) && contains(p, date));
    }

    /** The first date from {@code from} on that is a given weekday in a period and no holiday. */
    private static LocalDate firstInPeriod(
            JsonObject year, int grade, LocalDate from, DayOfWeek day) {
        for (LocalDate d = from; !d.isAfter(date(year, "endsOn")); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == day
                    && inPeriod(year, grade, d)
                    && !inHolidays(year, grade, d)) {
                return d;
            }
        }
        throw new AssertionError("no " + day + " in a period after " + from);
    }

    /** The first Monday to Friday inside the holidays. */
    private static LocalDate weekdayIn(JsonObject holidays) {
        for (LocalDate d = date(holidays, "startsOn");
                !d.isAfter(date(holidays, "endsOn"));
                d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                return d;
            }
        }
        return date(holidays, "startsOn");
    }

    private static int grade(JsonObject journal) {
        return Integer.parseInt(journal.getString("classTitle").replaceAll("^(\\d+).*$", "$1"));
    }

    /** The class's days a week (5 or 6), from its timetable. */
    private int weekDays(String classTitle) {
        long classId =
                deputy().get("/classes").array().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("title").equals(classTitle))
                        .mapToLong(c -> id(c, "id"))
                        .findFirst()
                        .orElseThrow();
        return deputy().get("/timetable/classes/" + classId).object().getInt("weekDays");
    }

    private JsonObject page(ApiClient who, long journal, YearMonth month) {
        var reply = who.get("/journals/" + journal + "?month=" + month);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    /** The journal's lessons of the month that satisfy the filter, in order. */
    private List<JsonObject> lessons(
            ApiClient who, long journal, YearMonth month, Predicate<JsonObject> which) {
        return page(who, journal, month)
                .getJsonArray("lessons")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(which)
                .toList();
    }

    /** Where the lesson stands now: its column of the journal in the given month, if there. */
    private Optional<JsonObject> column(long journal, LocalDate month, long lessonId) {
        return lessons(deputy(), journal, YearMonth.from(month), l -> id(l, "id") == lessonId)
                .stream()
                .findFirst();
    }

    private static Slot slot(LocalDate date, int number) {
        return new Slot(date, number);
    }

    /** The movable lesson: a future lesson of the test's own class. */
    private record Movable(long journal, int grade, String classTitle, JsonObject lesson) {
        long id() {
            return LessonDatesIT.id(lesson, "id");
        }

        LocalDate date() {
            return LessonDatesIT.date(lesson, "date");
        }

        int number() {
            return lesson.getInt("number");
        }

        String path() {
            return "/lessons/" + id() + "/schedule/slot";
        }
    }

    private Movable movable() {
        long ownId = own().assignmentId();
        JsonObject journal =
                deputy().get("/journals").array().getValuesAs(JsonObject.class).stream()
                        .filter(j -> id(j, "assignmentId") == ownId)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("the deputy sees no 8 «А» journal"));
        long journalId = id(journal, "assignmentId");
        LocalDate today = LocalDate.now();
        YearMonth month = YearMonth.from(today);
        for (int ahead = 0; ahead < 3; ahead++, month = month.plusMonths(1)) {
            List<JsonObject> future =
                    lessons(deputy(), journalId, month, l -> date(l, "date").isAfter(today));
            if (future.size() >= 2) {
                return new Movable(
                        journalId, grade(journal), journal.getString("classTitle"), future.get(0));
            }
        }
        throw new AssertionError("the journal " + journal + " has no future lessons");
    }

    /** The move is refused with 400 naming why, and the lesson stays where it was. */
    private String refusedMove(Movable m, LocalDate target, String language) {
        var reply = deputy().inLanguage(language).put(m.path(), slot(target, m.number()));
        deputy().inLanguage("ru");
        assertThat(reply.status()).as(target + ": " + reply).isEqualTo(400);
        JsonObject still = column(m.journal(), m.date(), m.id()).orElseThrow();
        assertThat(date(still, "date")).isEqualTo(m.date());
        assertThat(still.getInt("number")).isEqualTo(m.number());
        return reply.object().getString("detail");
    }

    @Test
    @DisplayName(
            "R-S02 R-J06 a lesson is not moved into the autumn or winter holidays: refused naming them and their dates, in Russian by default and in English on request")
    void notIntoHolidays() {
        Movable m = movable();
        JsonObject year = year();
        List<JsonObject> holidays = holidays(year, m.grade(), "HOLIDAYS");
        JsonObject autumn =
                holidays.stream()
                        .filter(h -> h.getString("name").startsWith("Осенние"))
                        .findFirst()
                        .orElse(holidays.get(0));
        JsonObject winter =
                holidays.stream()
                        .filter(h -> h.getString("name").startsWith("Зимние"))
                        .findFirst()
                        .orElse(holidays.get(holidays.size() - 1));

        for (JsonObject h : List.of(autumn, winter)) {
            LocalDate target = weekdayIn(h);
            String expected =
                    shown(target)
                            + " — "
                            + h.getString("name")
                            + " (с "
                            + shown(date(h, "startsOn"))
                            + " по "
                            + shown(date(h, "endsOn"))
                            + ")";
            assertThat(refusedMove(m, target, "ru")).startsWith(expected);
            assertThat(refusedMove(m, target, "en"))
                    .startsWith(shown(target) + " falls in " + h.getString("name"))
                    .contains("no lesson can be placed on that day");
        }
    }

    @Test
    @DisplayName(
            "R-S02 R-S10 R-J06 a lesson is not moved onto a Sunday, a public day off, or a Saturday of a five-day class; each refusal names why")
    void notOntoDaysOff() {
        Movable m = movable();
        JsonObject year = year();
        LocalDate sunday = firstInPeriod(year, m.grade(), m.date(), DayOfWeek.SUNDAY);
        assertThat(refusedMove(m, sunday, "ru"))
                .startsWith(shown(sunday) + " — воскресенье, выходной день");
        assertThat(refusedMove(m, sunday, "en")).startsWith(shown(sunday) + " is a Sunday");

        List<JsonObject> daysOff = holidays(year, m.grade(), "DAY_OFF");
        assertThat(daysOff).as("the standard plan has public days off").isNotEmpty();
        JsonObject dayOff = daysOff.get(0);
        LocalDate offDate = date(dayOff, "startsOn");
        assertThat(refusedMove(m, offDate, "ru"))
                .startsWith(shown(offDate) + " — выходной день (" + dayOff.getString("name") + ")");

        // the Saturday of a five-day class: the class this test moves in (a new class has five)
        assertThat(weekDays(m.classTitle())).as("a five-day class").isEqualTo(5);
        String fiveDays = m.classTitle();
        Movable five = m;
        LocalDate saturday = firstInPeriod(year, five.grade(), five.date(), DayOfWeek.SATURDAY);
        assertThat(refusedMove(five, saturday, "ru"))
                .isEqualTo(
                        shown(saturday)
                                + " — суббота: класс "
                                + fiveDays
                                + " учится пять дней в неделю");
        assertThat(refusedMove(five, saturday, "en"))
                .isEqualTo(
                        shown(saturday)
                                + " is a Saturday: class "
                                + fiveDays
                                + " studies five days a week");
    }

    @Test
    @DisplayName(
            "R-S01 R-J06 a lesson is not moved beyond the end of its academic year; a move onto a study day still works, and back")
    void notBeyondTheYearButOntoAStudyDay() {
        Movable m = movable();
        JsonObject year = year();
        LocalDate afterEnd = date(year, "endsOn").plusDays(1);
        assertThat(refusedMove(m, afterEnd, "ru"))
                .startsWith(
                        shown(afterEnd)
                                + " — дата вне учебного года "
                                + year.getString("name")
                                + " ("
                                + shown(date(year, "startsOn"))
                                + " – "
                                + shown(date(year, "endsOn"))
                                + ")");
        assertThat(refusedMove(m, afterEnd, "en"))
                .startsWith(
                        shown(afterEnd)
                                + " is outside the academic year "
                                + year.getString("name"));
        LocalDate beforeStart = date(year, "startsOn").minusDays(1);
        assertThat(refusedMove(m, beforeStart, "ru")).contains("вне учебного года");

        // a valid move: onto the day of the journal's next lesson (a study day), in a free slot
        LocalDate today = LocalDate.now();
        List<JsonObject> later =
                lessons(
                        deputy(),
                        m.journal(),
                        YearMonth.from(m.date()),
                        l -> date(l, "date").isAfter(m.date()));
        assertThat(later).as("a later lesson in the month of %s", m.date()).isNotEmpty();
        LocalDate target = date(later.get(0), "date");
        List<Integer> taken =
                later.stream()
                        .filter(l -> date(l, "date").equals(target))
                        .map(l -> l.getInt("number"))
                        .toList();
        int number = 8;
        while (taken.contains(number)) {
            number--;
        }
        assertThat(target).isAfter(today);
        ApiClient deputy = deputy();
        try {
            var moved = deputy.put(m.path(), slot(target, number));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(204);
            JsonObject there = column(m.journal(), target, m.id()).orElseThrow();
            assertThat(date(there, "date")).isEqualTo(target);
            assertThat(there.getInt("number")).isEqualTo(number);
        } finally {
            var back = deputy.put(m.path(), slot(m.date(), m.number()));
            assertThat(back.status()).as(back.toString()).isEqualTo(204);
        }
        JsonObject home = column(m.journal(), m.date(), m.id()).orElseThrow();
        assertThat(date(home, "date")).isEqualTo(m.date());
        assertThat(home.getInt("number")).isEqualTo(m.number());
    }

    /**
     * A lesson of the journal left on a day outside every study period of its grade by data older
     * than the rule (as the demo once had in the autumn holidays): written straight into the
     * database, since neither a move nor lesson generation makes one any more. Lesson 8, which no
     * journal day has in the holidays.
     */
    private static long legacyLesson(long journal, LocalDate date) throws SQLException {
        try (Connection db = TestDatabase.owner();
                PreparedStatement insert =
                        db.prepareStatement(
                                "insert into lesson (school_id, assignment_id, lesson_date,"
                                        + " lesson_number) select school_id, id, ?, 8 from"
                                        + " teaching_assignment where id = ?",
                                Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, date);
            insert.setLong(2, journal);
            assertThat(insert.executeUpdate()).isEqualTo(1);
            try (ResultSet key = insert.getGeneratedKeys()) {
                assertThat(key.next()).isTrue();
                return key.getLong(1);
            }
        }
    }

    private static void removeLesson(long lessonId) throws SQLException {
        try (Connection db = TestDatabase.owner();
                PreparedStatement delete = db.prepareStatement("delete from lesson where id = ?")) {
            delete.setLong(1, lessonId);
            delete.executeUpdate();
        }
    }

    @Test
    @DisplayName(
            "R-J05 R-J07 no mark or absence for a lesson outside every study period of its grade: refused naming the lesson's date and holidays, and nothing is written")
    void noMarkOutsidePeriods() throws SQLException {
        ApiClient teacher = own().teacher().client();
        JsonObject journal = teacher.get("/journals").array().getJsonObject(0);
        long journalId = id(journal, "assignmentId");
        int grade = grade(journal);
        JsonObject year = year();
        // the journal is the test's own, made by today's lesson generation, which leaves no lesson
        // outside the periods: one left by older data, on a weekday of holidays between two periods
        LocalDate holiday =
                date(year, "startsOn")
                        .datesUntil(date(year, "endsOn"))
                        .filter(
                                d ->
                                        d.getDayOfWeek().getValue() <= 5
                                                && inHolidays(year, grade, d)
                                                && !inPeriod(year, grade, d))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no holidays between periods"));
        long legacy = legacyLesson(journalId, holiday);
        try {
            JsonObject found =
                    lessons(teacher, journalId, YearMonth.from(holiday), l -> id(l, "id") == legacy)
                            .get(0);
            long lessonId = id(found, "id");
            LocalDate lessonDate = date(found, "date");
            JsonObject page = page(teacher, journalId, YearMonth.from(lessonDate));
            long pupil = id(page.getJsonArray("pupils").getJsonObject(0), "id");
            String cell = page.getJsonObject("cells").getString(lessonId + ":" + pupil, "");
            Mark mark = new Mark("5", "WRITTEN_WORK", cell);
            String markPath = "/lessons/" + lessonId + "/marks/" + pupil;

            var refused = teacher.put(markPath, mark);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            String russian = refused.object().getString("detail");
            assertThat(russian)
                    .startsWith(
                            "Урок " + shown(lessonDate) + " не входит ни в один учебный период");
            year.getJsonArray("holidays").getValuesAs(JsonObject.class).stream()
                    .filter(h -> covers(h, grade) && contains(h, lessonDate))
                    .findFirst()
                    .ifPresent(
                            h ->
                                    assertThat(russian)
                                            .contains(
                                                    h.getString("name")
                                                            + " с "
                                                            + shown(date(h, "startsOn"))));
            var english = teacher.inLanguage("en").put(markPath, mark);
            teacher.inLanguage("ru");
            assertThat(english.status()).isEqualTo(400);
            assertThat(english.object().getString("detail"))
                    .startsWith("The lesson of " + shown(lessonDate) + " lies in no study period");
            var absence =
                    teacher.put(
                            "/lessons/" + lessonId + "/attendance/" + pupil,
                            new Attendance("ILLNESS", cell));
            assertThat(absence.status()).as(absence.toString()).isEqualTo(400);
            assertThat(absence.object().getString("detail"))
                    .startsWith(
                            "Урок " + shown(lessonDate) + " не входит ни в один учебный период");

            // nothing was written
            assertThat(
                            page(teacher, journalId, YearMonth.from(lessonDate))
                                    .getJsonObject("cells")
                                    .getString(lessonId + ":" + pupil, ""))
                    .isEqualTo(cell);
        } finally {
            removeLesson(legacy);
        }
    }
}
