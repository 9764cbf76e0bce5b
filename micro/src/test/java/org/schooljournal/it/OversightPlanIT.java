package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.testing.ApiClient;
import org.schooljournal.testing.Fixtures;
import org.schooljournal.testing.SharedServer;
import org.schooljournal.testing.TestDatabase;

/**
 * The deputy's plan checks (issue 12: fulfilment R-C01/R-C08, homework volume, substituted and
 * missed lessons, completeness R-C07) on a school of the test's own (Fixtures): two journals with
 * their timetable's lessons; the topics, homework minutes, substitute, КТП and weekly hours are
 * then written over JDBC, so every figure below is counted from what this test wrote.
 */
class OversightPlanIT {
    static final String BASE = SharedServer.url().toString();

    static Fixtures.School school;
    static Fixtures.Journal kept;
    static Fixtures.Journal neglected;
    static ApiClient deputy;
    static long substitute;
    static LocalDate from;
    static LocalDate to;

    /** The kept journal's lessons of the period to date, oldest first. */
    static List<Long> lessons = new ArrayList<>();

    static long missedLesson;
    static long substitutedLesson;
    static LocalDate heavyDay;

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql + " returning id")) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @BeforeAll
    static void buildSchool() throws Exception {
        school = Fixtures.school(BASE, "OversightPlanIT");
        kept = school.journal(5, "А", 2);
        neglected = school.journal(6, "Б", 0);
        deputy = school.staff("Завучева", "deputy_head");
        substitute = school.member("Заменова", "teacher").id();
        JsonObject fulfilment = deputy.get("/oversight/fulfilment").object();
        from = LocalDate.parse(fulfilment.getString("from"));
        to = LocalDate.parse(fulfilment.getString("to"));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        try (Connection c = TestDatabase.owner()) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            "select id from lesson where assignment_id = ? and lesson_date between"
                                    + " ? and ? and lesson_date < ? order by lesson_date")) {
                s.setLong(1, kept.assignmentId());
                s.setObject(2, from);
                s.setObject(3, to);
                s.setObject(4, today);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        lessons.add(r.getLong(1));
                    }
                }
            }
            assertThat(lessons).as("past lessons of the running period").hasSizeGreaterThan(3);
            // 5 hours a week, as the timetable gives: the curriculum plans what the timetable has
            update(
                    c,
                    "update teaching_assignment set hours_per_week = 5 where id in (?, ?)",
                    kept.assignmentId(),
                    neglected.assignmentId());
            // every past lesson given (a topic) but the first two; the second has a mark, so it
            // took place; the first is not given at all
            update(
                    c,
                    "update lesson set topic = 'Дроби' where assignment_id = ? and id <> ? and id"
                            + " <> ? and lesson_date between ? and ?",
                    kept.assignmentId(),
                    lessons.get(0),
                    lessons.get(1),
                    from,
                    today.minusDays(1));
            missedLesson = lessons.get(0);
            insert(
                    c,
                    "insert into mark (school_id, lesson_id, pupil_id, work_type, mark_value,"
                            + " entered_at, entered_by) values (?, ?, ?, 'ANSWER', '4', now(), 't')",
                    school.id(),
                    lessons.get(1),
                    kept.pupils().get(0));
            // the third lesson given by a substitute
            substitutedLesson = lessons.get(2);
            update(c, "update lesson set given_by = ? where id = ?", substitute, substitutedLesson);
            // homework: 130 minutes on the third lesson (above grade 5's 120), none said on the
            // fourth (the model's 20)
            update(
                    c,
                    "update lesson set homework = 'Задачи 1-40', homework_minutes = 130 where id = ?",
                    substitutedLesson);
            update(c, "update lesson set homework = '№ 5' where id = ?", lessons.get(3));
            try (PreparedStatement s =
                    c.prepareStatement("select lesson_date from lesson where id = ?")) {
                s.setLong(1, substitutedLesson);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    heavyDay = r.getObject(1, LocalDate.class);
                }
            }
            // a КТП of 8 hours for grade 5's maths this year
            long subject;
            long year;
            try (PreparedStatement s =
                    c.prepareStatement(
                            "select a.subject_id, y.id from teaching_assignment a, academic_year y"
                                    + " where a.id = ? and y.school_id = a.school_id and ? between"
                                    + " y.starts_on and y.ends_on")) {
                s.setLong(1, kept.assignmentId());
                s.setObject(2, from);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    subject = r.getLong(1);
                    year = r.getLong(2);
                }
            }
            long plan =
                    insert(
                            c,
                            "insert into lesson_plan (school_id, subject_id, grade, year_id, title)"
                                    + " values (?, ?, 5, ?, 'Математика, 5 класс')",
                            school.id(),
                            subject,
                            year);
            insert(
                    c,
                    "insert into lesson_plan_topic (school_id, plan_id, position, title, hours)"
                            + " values (?, ?, 1, 'Дроби', 8)",
                    school.id(),
                    plan);
        }
    }

    private static JsonObject line(String report, String array, long assignmentId) {
        return deputy.get("/oversight/" + report).object().getJsonArray(array).stream()
                .map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("assignmentId").longValue() == assignmentId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line of journal " + assignmentId));
    }

    private static long count(String sql, Object... args) throws SQLException {
        try (Connection c = TestDatabase.owner();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    @DisplayName(
            "R-C01 fulfilment: lessons given against the curriculum's hours and the timetable, and ahead or behind the КТП")
    void fulfilment() throws Exception {
        long scheduled =
                count(
                        "select count(*) from lesson where assignment_id = ? and lesson_date"
                                + " between ? and ?",
                        kept.assignmentId(),
                        from,
                        to);
        long scheduledYear =
                count(
                        "select count(*) from lesson l, academic_year y where l.assignment_id = ?"
                                + " and y.school_id = l.school_id and ? between y.starts_on and"
                                + " y.ends_on and l.lesson_date between y.starts_on and ?",
                        kept.assignmentId(),
                        from,
                        to);
        JsonObject f = line("fulfilment", "lines", kept.assignmentId());
        assertThat(f.getJsonNumber("scheduled").longValue()).isEqualTo(scheduled);
        // the past lessons but the two without a topic
        assertThat(f.getJsonNumber("given").longValue()).isEqualTo(lessons.size() - 2);
        assertThat(f.getJsonNumber("substituted").longValue()).isEqualTo(1);
        // five a week in the timetable, five a week planned: the plan to date is the timetable's
        // (holidays left out of both), within one lesson for today's own
        assertThat(f.getJsonNumber("planned").longValue()).isBetween(scheduled - 1, scheduled + 1);
        assertThat(f.getJsonNumber("hoursPerWeek").bigDecimalValue()).isEqualByComparingTo("5");
        // the КТП's 8 hours are due (the year has had more lessons); given since the year began
        // are this period's (earlier lessons have no topic)
        assertThat(scheduledYear).isGreaterThan(8);
        assertThat(f.getJsonNumber("ktpHours").longValue()).isEqualTo(8);
        assertThat(f.getJsonNumber("ktpDue").longValue()).isEqualTo(8);
        assertThat(f.getJsonNumber("givenYear").longValue()).isEqualTo(lessons.size() - 2);
        assertThat(f.getJsonNumber("ktpDeviation").longValue()).isEqualTo(lessons.size() - 2 - 8);
        // the neglected journal has no topic at all, and no КТП
        JsonObject n = line("fulfilment", "lines", neglected.assignmentId());
        assertThat(n.getJsonNumber("given").longValue()).isZero();
        assertThat(n.getJsonNumber("ktpHours").longValue()).isZero();
    }

    @Test
    @DisplayName(
            "R-C08 fulfilment per profile: classes have none, so per grade and its (basic) curriculum")
    void profiles() {
        var profiles =
                deputy.get("/oversight/fulfilment").object().getJsonArray("profiles").stream()
                        .map(v -> v.asJsonObject())
                        .toList();
        assertThat(profiles).extracting(p -> p.getInt("grade")).containsExactly(5, 6);
        JsonObject five = profiles.get(0);
        assertThat(five.getString("profile")).isEmpty();
        assertThat(five.getInt("journals")).isEqualTo(1);
        assertThat(five.getJsonNumber("given").longValue()).isEqualTo(lessons.size() - 2);
        long behind = Math.max(0, 8 - (lessons.size() - 2));
        assertThat(five.getJsonNumber("ktpBehind").longValue()).isEqualTo(behind);
    }

    @Test
    @DisplayName(
            "R-C01 homework volume: a day above grade 5's 120 minutes found, a day of the model's 20 not")
    void homeworkVolume() {
        JsonObject r = deputy.get("/oversight/homework-load?class=" + kept.classId()).object();
        assertThat(r.getJsonNumber("daysChecked").longValue()).isEqualTo(2);
        var days = r.getJsonArray("days");
        assertThat(days).hasSize(1);
        JsonObject day = days.getJsonObject(0);
        assertThat(day.getString("date")).isEqualTo(heavyDay.toString());
        assertThat(day.getInt("minutes")).isEqualTo(130);
        assertThat(day.getInt("limit")).isEqualTo(120);
        assertThat(day.getJsonNumber("assignmentId").longValue()).isEqualTo(kept.assignmentId());
    }

    @Test
    @DisplayName(
            "R-C01 substituted lessons (by whom, instead of whom) and lessons not given (no topic, attendance or mark)")
    void substitutedAndMissed() {
        JsonObject r = deputy.get("/oversight/lessons-given?class=" + kept.classId()).object();
        var substituted = r.getJsonArray("substituted");
        assertThat(substituted).hasSize(1);
        JsonObject s = substituted.getJsonObject(0);
        assertThat(s.getJsonNumber("lessonId").longValue()).isEqualTo(substitutedLesson);
        assertThat(s.getString("substitute")).startsWith("Заменова");
        assertThat(s.getString("teacher")).startsWith("Учителева");
        // the lesson with a mark but no topic took place; only the first is not given
        assertThat(r.getJsonArray("missed"))
                .extracting(v -> v.asJsonObject().getJsonNumber("lessonId").longValue())
                .containsExactly(missedLesson);
    }

    @Test
    @DisplayName(
            "R-C07 completeness: a score per journal from the checks, the neglected journal first")
    void completeness() throws Exception {
        long scheduled =
                count(
                        "select count(*) from lesson where assignment_id = ? and lesson_date"
                                + " between ? and ?",
                        neglected.assignmentId(),
                        from,
                        to);
        long past =
                count(
                        "select count(*) from lesson where assignment_id = ? and lesson_date"
                                + " between ? and ? and lesson_date < ?",
                        neglected.assignmentId(),
                        from,
                        to,
                        LocalDate.now(java.time.ZoneId.of("Europe/Moscow")));
        var lines =
                deputy.get("/oversight/completeness").object().getJsonArray("lines").stream()
                        .map(v -> v.asJsonObject())
                        .toList();
        assertThat(lines)
                .extracting(l -> l.getJsonNumber("assignmentId").longValue())
                .containsExactly(neglected.assignmentId(), kept.assignmentId());
        JsonObject worst = lines.get(0);
        // nothing entered: every past lesson's topic missing (today's may still come), no lesson
        // given against 5 hours a week; no marks late, no pupils below the threshold
        assertThat(worst.getJsonNumber("lessons").longValue()).isEqualTo(scheduled);
        assertThat(worst.getJsonNumber("topics").doubleValue())
                .isCloseTo(100.0 * (scheduled - past) / scheduled, within(0.051));
        assertThat(worst.getJsonNumber("fulfilment").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(worst.getJsonNumber("marks").bigDecimalValue()).isEqualByComparingTo("100");
        for (JsonObject l : lines) {
            double mean =
                    (l.getJsonNumber("topics").doubleValue()
                                    + l.getJsonNumber("homework").doubleValue()
                                    + l.getJsonNumber("marks").doubleValue()
                                    + l.getJsonNumber("density").doubleValue()
                                    + l.getJsonNumber("fulfilment").doubleValue())
                            / 5;
            assertThat(l.getJsonNumber("score").doubleValue()).isCloseTo(mean, within(0.11));
        }
        assertThat(lines.get(1).getJsonNumber("score").doubleValue())
                .isGreaterThan(worst.getJsonNumber("score").doubleValue());
    }

    private static org.assertj.core.data.Offset<Double> within(double d) {
        return org.assertj.core.data.Offset.offset(d);
    }

    @Test
    @DisplayName(
            "R-C07 the plan reports export as CSV with the screen's filter; a teacher and another school are refused")
    void exportsAndRefusals() throws Exception {
        var csv = deputy.get("/oversight/exports/completeness.csv", "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        String body = csv.body();
        assertThat(body).startsWith("\uFEFF");
        List<CSVRecord> records =
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .get()
                        .parse(new StringReader(body.substring(1)))
                        .getRecords();
        List<String> header = null;
        int rows = 0;
        for (CSVRecord r : records) {
            if (header == null && r.size() > 5 && r.get(0).equals("Класс")) {
                header = r.toList();
            } else if (header != null && r.size() == header.size()) {
                rows++;
            }
        }
        assertThat(header).contains("Темы в срок, %", "Оценка");
        assertThat(rows).isEqualTo(2);
        var missed =
                deputy.get(
                        "/oversight/exports/missed-lessons.csv?class=" + kept.classId(),
                        "text/csv");
        assertThat(missed.status()).isEqualTo(200);
        // the CSV is the table alone: its header and the one lesson not given
        assertThat(missed.body().substring(1).lines().toList())
                .hasSize(2)
                .first()
                .isEqualTo("Дата;Урок;Класс;Предмет;Учитель");
        assertThat(missed.body()).contains(";Учителева ");
        for (String report :
                List.of("fulfilment", "homework-load", "lessons-given", "completeness")) {
            assertThat(kept.teacher().client().get("/oversight/" + report).status())
                    .as(report)
                    .isEqualTo(403);
        }
        Fixtures.School other = Fixtures.school(BASE, "OversightPlanIT other");
        long foreignClass = other.schoolClass(5, "В");
        assertThat(deputy.get("/oversight/fulfilment?class=" + foreignClass).status())
                .isEqualTo(404);
        assertThat(
                        deputy.get(
                                        "/oversight/exports/fulfilment.csv?class=" + foreignClass,
                                        "text/csv")
                                .status())
                .isEqualTo(404);
    }
}
