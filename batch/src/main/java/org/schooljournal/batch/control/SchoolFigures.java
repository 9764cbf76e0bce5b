package org.schooljournal.batch.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The department's overview's queries (R-T02): one aggregating statement per figure over every
 * school at once, plain SQL on {@code jdbc/journal} outside the per-school tenancy (as the
 * municipality's counts are), returning counts only — never a pupil's row. Portable SQL (PostgreSQL
 * and the quick start's H2), but the month's on PostgreSQL, which reads the counts V47_1's triggers
 * keep (PostgreSQL only).
 */
@Dependent
public class SchoolFigures {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    /**
     * Per school, its latest period end by {@code day} that has final marks (of graded subjects),
     * with the marks of the periods ending then: period marks, those not below «3» («зч», «осв»
     * too), five-point ones, «4» and «5». Only the latest end is counted: the overview shows no
     * other, and the older periods hold most of the municipality's period marks. Each period is
     * asked for one final mark by a probe of V46's {@code period_mark (period_id)} (a scalar
     * subquery with a limit: an EXISTS became a semi-join that read every period mark), then the
     * latest periods' marks are read through the same index.
     */
    public List<long[]> finalMarks(LocalDate day) {
        return rows(
                "select p.school_id, p.ends_on, count(*),"
                        + " sum(case when m.mark_value in ('5', '4', '3', 'зч', 'осв') then 1 else 0"
                        + " end),"
                        + " sum(case when s.grading = 'FIVE_POINT' then 1 else 0 end),"
                        + " sum(case when s.grading = 'FIVE_POINT' and m.mark_value in ('5', '4')"
                        + " then 1 else 0 end)"
                        + " from (select q.school_id, max(q.ends_on) ends_on from study_period q"
                        + " where q.ends_on <= ? and (select x.id from period_mark x"
                        + " join teaching_assignment xa on xa.id = x.assignment_id"
                        + " join subject xs on xs.id = xa.subject_id"
                        + " where x.period_id = q.id and xs.grading <> 'NONE' limit 1) is not null"
                        + " group by q.school_id) latest"
                        + " join study_period p on p.school_id = latest.school_id"
                        + " and p.ends_on = latest.ends_on"
                        + " join period_mark m on m.period_id = p.id"
                        + " join teaching_assignment a on a.id = m.assignment_id"
                        + " join subject s on s.id = a.subject_id"
                        + " where s.grading <> 'NONE'"
                        + " group by p.school_id, p.ends_on",
                day);
    }

    /**
     * Per school, the lessons between the days with what was entered in them: lessons, without a
     * topic, homework entered late; marks, entered late; attendance entries, entered late; lessons
     * missed (absences, not late arrivals) and pupil-lessons, both of whole-class lessons (each
     * lesson × the pupils its class has now: the movements of the month are not replayed, a
     * municipal approximation).
     *
     * <p>On PostgreSQL from each lesson's counts that V47_1's triggers keep ({@code
     * lesson_figures}, a month a range of it): counting the month's marks and attendance on read
     * took five index probes per lesson, ~1.25 M on the municipality (p95 3.5 s). Elsewhere (the
     * quick start's H2) counted on read ({@link #WINDOW_COUNTED}); both give the same numbers.
     */
    public List<long[]> window(LocalDate from, LocalDate to) {
        return rows(c -> postgres(c) ? WINDOW_KEPT : WINDOW_COUNTED, from, to);
    }

    /** The window from {@code lesson_figures}: the class's pupils joined now, as below. */
    static final String WINDOW_KEPT =
            "select f.school_id, count(*), sum(f.no_topic), sum(f.homework_late), sum(f.marks),"
                    + " sum(f.marks_late), sum(f.entries), sum(f.entries_late),"
                    + " sum(case when t.group_id is null then f.absences else 0 end),"
                    + " sum(case when t.group_id is null then coalesce(c.n, 0) else 0 end)"
                    + " from lesson_figures f join teaching_assignment t on t.id = f.assignment_id"
                    + " left join (select class_id, count(*) n from pupil"
                    + " where withdrawn_on is null group by class_id) c on c.class_id = t.class_id"
                    + " where f.lesson_date between ? and ? group by f.school_id";

    /**
     * The window counted from the journal's tables: driven by the window's lessons (V46's {@code
     * lesson (lesson_date)} on PostgreSQL), each lesson's marks and attendance counted by a probe
     * of their lesson index: a join let PostgreSQL's planner scan all the marks.
     */
    static final String WINDOW_COUNTED =
            "select w.school_id, count(*), sum(w.no_topic), sum(w.homework_late),"
                    + " sum(w.marks), sum(w.marks_late), sum(w.entries), sum(w.entries_late),"
                    + " sum(w.missed), sum(w.pupils) from (select l.school_id,"
                    + " case when l.topic is null then 1 else 0 end no_topic,"
                    + " case when l.homework_late then 1 else 0 end homework_late,"
                    + " (select count(*) from mark m where m.lesson_id = l.id) marks,"
                    + " (select count(*) from mark m where m.lesson_id = l.id and m.late)"
                    + " marks_late,"
                    + " (select count(*) from attendance a where a.lesson_id = l.id) entries,"
                    + " (select count(*) from attendance a where a.lesson_id = l.id and a.late)"
                    + " entries_late,"
                    + " case when t.group_id is null then (select count(*) from attendance a"
                    + " where a.lesson_id = l.id and a.kind <> 'LATE') else 0 end missed,"
                    + " case when t.group_id is null then coalesce(c.n, 0) else 0 end pupils"
                    + " from lesson l join teaching_assignment t on t.id = l.assignment_id"
                    + " left join (select class_id, count(*) n from pupil"
                    + " where withdrawn_on is null group by class_id) c"
                    + " on c.class_id = t.class_id"
                    + " where l.lesson_date between ? and ?) w group by w.school_id";

    /**
     * PostgreSQL compiles a statement this large (cost above {@code jit_above_cost}) to machine
     * code first: on the loaded 2-core machine that took 2.6 s of the month's 5.1 s (EXPLAIN
     * ANALYZE, OversightBench) to save a fraction of it. Off for this transaction only ({@code SET
     * LOCAL}; the container's transaction holds the connection); nothing to do on H2.
     */
    private static void withoutJit(Connection c) throws SQLException {
        if (postgres(c)) {
            try (Statement st = c.createStatement()) {
                st.execute("set local jit = off");
            }
        }
    }

    private static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }

    /** The statement for the connection's database. */
    private interface Statements {
        String of(Connection c) throws SQLException;
    }

    private List<long[]> rows(String sql, LocalDate... days) {
        return rows(c -> sql, days);
    }

    /** Rows of longs; a date column reads as its epoch day. */
    private List<long[]> rows(Statements sql, LocalDate... days) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql.of(c))) {
            withoutJit(c);
            for (int i = 0; i < days.length; i++) {
                s.setDate(i + 1, Date.valueOf(days[i]));
            }
            List<long[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    long[] row = new long[n];
                    for (int i = 0; i < n; i++) {
                        Object v = r.getObject(i + 1);
                        row[i] =
                                v instanceof Date d
                                        ? d.toLocalDate().toEpochDay()
                                        : v instanceof java.time.LocalDate ld
                                                ? ld.toEpochDay()
                                                : v == null ? 0 : ((Number) v).longValue();
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schools' figures", e);
        }
    }
}
