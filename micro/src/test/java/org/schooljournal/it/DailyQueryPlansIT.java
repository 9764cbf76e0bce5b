package org.schooljournal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schooljournal.demo.control.DemoMunicipality;
import org.schooljournal.demo.control.DemoSize;
import org.schooljournal.demo.control.DemoWriter;
import org.schooljournal.journal.control.SigningKey;

/**
 * Issue 11 item 1: the queries behind the teacher's, deputy's and parent's daily pages, as
 * EclipseLink sends them (the tenant's {@code school_id} on every school-owned table), planned by
 * PostgreSQL right after a demo load of several schools. None may read {@code lesson}, {@code mark}
 * or {@code attendance} whole: a sequential scan there grows with the municipality.
 */
class DailyQueryPlansIT {
    static final String DB = "journal_plans";
    static final String URL = "jdbc:postgresql://localhost:5432/" + DB;
    static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Moscow"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Pattern SEQ_SCAN =
            Pattern.compile("\"Node Type\": \"Seq Scan\",[^}]*?\"Relation Name\": \"(\\w+)\"");

    @TempDir static Path keyDir;

    /** The last school of the demo, one of its teachers, a journal, a pupil and a parent. */
    static long school;

    static long teacherAccount;
    static long substituteAccount;
    static long assignment;
    static long pupil;
    static long parentAccount;

    @BeforeAll
    static void loadTenSchools() throws Exception {
        Process reset =
                new ProcessBuilder("bash", "../config/reset-test-db.sh", DB).inheritIO().start();
        assertThat(reset.waitFor()).as("reset-test-db.sh " + DB).isZero();
        Flyway.configure()
                .dataSource(URL, "journal", "journal")
                .locations("classpath:db/migration", "classpath:db/vendor/{vendor}")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        try (Connection c = db()) {
            new DemoWriter(c, "HASH", DemoWriter.DEFAULT_COMMIT_EVERY, new SigningKey(keyDir), true)
                    .write(
                            new DemoMunicipality(
                                    new DemoSize(10, 8, 25, 40),
                                    DemoMunicipality.DEFAULT_SEED,
                                    CLOCK));
        }
        school = one("select max(id) from school");
        assignment =
                one("select max(t.id) from teaching_assignment t where t.school_id = " + school);
        teacherAccount =
                one(
                        "select s.account_id from teaching_assignment t join staff s on s.id ="
                                + " t.teacher_id where t.id = "
                                + assignment);
        substituteAccount =
                one(
                        "select coalesce(max(s.account_id), "
                                + teacherAccount
                                + ") from lesson l join staff s on s.id = l.given_by where"
                                + " l.school_id = "
                                + school);
        pupil = one("select max(id) from pupil where school_id = " + school);
        parentAccount =
                one(
                        "select max(g.account_id) from pupil_guardian pg join guardian g on g.id ="
                                + " pg.guardian_id where pg.pupil_id = "
                                + pupil);
    }

    @Test
    @DisplayName(
            "R-T01 issue 11: after a demo load no daily query of teacher, deputy or parent seq-scans lesson, mark or attendance")
    void dailyQueriesUseIndexes() throws Exception {
        LocalDate monthStart = TODAY.withDayOfMonth(1);
        LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
        Map<String, List<Object>> queries = new LinkedHashMap<>();
        // the journal list (GET /api/v1/journals): own journals, past-only ones, substitutions
        queries.put(
                "TeachingAssignment.byTeacherAccount",
                List.of(
                        "select t.* from teaching_assignment t join staff s on s.id = t.teacher_id"
                                + " join subject j on j.id = t.subject_id where s.account_id = ?"
                                + " and t.school_id = ? and s.school_id = ? and j.school_id = ?",
                        teacherAccount,
                        school,
                        school,
                        school));
        queries.put(
                "Lesson.journalsEndedBefore",
                List.of(
                        "select t.id from teaching_assignment t where exists (select 1 from"
                                + " lesson k where k.assignment_id = t.id and k.school_id = ?)"
                                + " and not exists (select 1 from lesson n where n.assignment_id"
                                + " = t.id and n.lesson_date >= ? and n.school_id = ?) and"
                                + " t.school_id = ?",
                        school,
                        LocalDate.of(2026, 9, 1),
                        school,
                        school));
        queries.put(
                "Lesson.journalsEndedBeforeAmong (a teacher's journals only)",
                List.of(
                        "select t.id from teaching_assignment t where t.id in (?, ?) and exists"
                                + " (select 1 from lesson k where k.assignment_id = t.id and"
                                + " k.school_id = ?) and not exists (select 1 from lesson n where"
                                + " n.assignment_id = t.id and n.lesson_date >= ? and n.school_id"
                                + " = ?) and t.school_id = ?",
                        assignment,
                        assignment - 1,
                        school,
                        LocalDate.of(2026, 9, 1),
                        school,
                        school));
        queries.put(
                "Lesson.journalsGivenBySince (substitute lookup)",
                List.of(
                        "select distinct t.* from lesson l join staff s on s.id = l.given_by join"
                                + " teaching_assignment t on t.id = l.assignment_id where"
                                + " s.account_id = ? and l.lesson_date >= ? and l.school_id = ?"
                                + " and s.school_id = ? and t.school_id = ?",
                        substituteAccount,
                        TODAY.minusDays(31),
                        school,
                        school,
                        school));
        // the journal page / grid of a month
        queries.put(
                "Lesson.ofAssignment",
                List.of(
                        "select * from lesson where assignment_id = ? and lesson_date between ?"
                                + " and ? and school_id = ? order by lesson_date, lesson_number",
                        assignment,
                        monthStart,
                        monthEnd,
                        school));
        queries.put(
                "Mark.ofAssignment",
                List.of(
                        "select m.* from mark m join lesson l on l.id = m.lesson_id where"
                                + " l.assignment_id = ? and l.lesson_date between ? and ? and"
                                + " m.school_id = ? and l.school_id = ?",
                        assignment,
                        monthStart,
                        monthEnd,
                        school,
                        school));
        queries.put(
                "Attendance.ofAssignment",
                List.of(
                        "select a.* from attendance a join lesson l on l.id = a.lesson_id where"
                                + " l.assignment_id = ? and l.lesson_date between ? and ? and"
                                + " a.school_id = ? and l.school_id = ?",
                        assignment,
                        monthStart,
                        monthEnd,
                        school,
                        school));
        queries.put(
                "Lesson.countOfAssignmentBetween",
                List.of(
                        "select count(*) from lesson where assignment_id = ? and lesson_date >= ?"
                                + " and lesson_date < ? and school_id = ?",
                        assignment,
                        LocalDate.of(2026, 9, 1),
                        TODAY,
                        school));
        // period marks of a journal
        queries.put(
                "PeriodMark.ofJournal",
                List.of(
                        "select * from period_mark where assignment_id = ? and school_id = ?",
                        assignment,
                        school));
        // the parent's diary: children, then a child's marks of a fortnight
        queries.put(
                "Pupil.ofGuardianAccount",
                List.of(
                        "select distinct p.* from pupil p join pupil_guardian pg on pg.pupil_id ="
                                + " p.id join guardian g on g.id = pg.guardian_id where"
                                + " g.account_id = ? and p.school_id = ? and g.school_id = ?",
                        parentAccount,
                        school,
                        school));
        queries.put(
                "Mark.ofPupil (diary)",
                List.of(
                        "select m.*, l.*, t.*, j.* from mark m join lesson l on l.id ="
                                + " m.lesson_id join teaching_assignment t on t.id ="
                                + " l.assignment_id join subject j on j.id = t.subject_id where"
                                + " m.pupil_id = ? and l.lesson_date between ? and ? and"
                                + " m.school_id = ? and l.school_id = ? and t.school_id = ?"
                                + " order by l.lesson_date desc, l.lesson_number desc",
                        pupil,
                        TODAY.minusDays(13),
                        TODAY,
                        school,
                        school,
                        school));
        // the teacher's timetable and calendar of a week
        queries.put(
                "MyTimetable.calendar",
                List.of(
                        "select l.* from lesson l join teaching_assignment t on t.id ="
                                + " l.assignment_id join staff s on s.id = t.teacher_id where"
                                + " s.account_id = ? and l.lesson_date between ? and ? and"
                                + " l.school_id = ? and t.school_id = ? order by l.lesson_date,"
                                + " l.lesson_number",
                        teacherAccount,
                        TODAY.minusDays(4),
                        TODAY,
                        school,
                        school));

        Map<String, List<String>> seqScans = new LinkedHashMap<>();
        try (Connection c = db()) {
            for (var q : queries.entrySet()) {
                String plan = plan(c, q.getValue());
                List<String> big = new ArrayList<>();
                Matcher m = SEQ_SCAN.matcher(plan);
                while (m.find()) {
                    if (List.of("lesson", "mark", "attendance").contains(m.group(1))) {
                        big.add(m.group(1));
                    }
                }
                if (!big.isEmpty()) {
                    seqScans.put(q.getKey(), big);
                }
            }
        }
        assertThat(seqScans).as("daily queries that seq-scan lesson, mark or attendance").isEmpty();
    }

    @Test
    @DisplayName(
            "Issue 11: the journal list's past-only journals by index probes are the journals whose lessons all lie before the year (the former group by)")
    void pastOnlyJournalsAsBefore() throws Exception {
        String groupBy =
                "select assignment_id from lesson where school_id = %d group by assignment_id"
                        + " having max(lesson_date) < date '%s'";
        String probes =
                "select t.id from teaching_assignment t where t.school_id = %d and exists (select"
                        + " 1 from lesson k where k.assignment_id = t.id) and not exists (select 1"
                        + " from lesson n where n.assignment_id = t.id and n.lesson_date >= date"
                        + " '%s')";
        for (LocalDate start : List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1))) {
            List<Long> before = ids(String.format(groupBy, school, start));
            assertThat(ids(String.format(probes, school, start)))
                    .as("past-only journals before " + start)
                    .containsExactlyInAnyOrderElementsOf(before);
        }
    }

    private static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static String plan(Connection c, List<Object> query) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("explain (format json) " + query.get(0))) {
            for (int i = 1; i < query.size(); i++) {
                ps.setObject(i, query.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long one(String sql) throws SQLException {
        try (Connection c = db();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(URL, "journal", "journal");
    }
}
