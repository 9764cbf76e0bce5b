package org.schooljournal.batch.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The department's overview's queries (R-T02): one aggregating statement per figure over every
 * school at once, plain SQL on {@code jdbc/journal} outside the per-school tenancy (as the
 * municipality's counts are), returning counts only — never a pupil's row. Portable SQL (PostgreSQL
 * and the quick start's H2).
 */
@Dependent
public class SchoolFigures {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    /**
     * Per school and end date of periods ended by {@code day}: period marks, those not below «3»
     * («зч», «осв» too), five-point ones, «4» and «5».
     */
    public List<long[]> finalMarks(LocalDate day) {
        return rows(
                "select p.school_id, p.ends_on, count(*),"
                        + " sum(case when m.mark_value in ('5', '4', '3', 'зч', 'осв') then 1 else 0"
                        + " end),"
                        + " sum(case when s.grading = 'FIVE_POINT' then 1 else 0 end),"
                        + " sum(case when s.grading = 'FIVE_POINT' and m.mark_value in ('5', '4')"
                        + " then 1 else 0 end)"
                        + " from period_mark m join study_period p on p.id = m.period_id"
                        + " join teaching_assignment a on a.id = m.assignment_id"
                        + " join subject s on s.id = a.subject_id"
                        + " where p.ends_on <= ? and s.grading <> 'NONE'"
                        + " group by p.school_id, p.ends_on",
                day);
    }

    /** Per school, lessons between the days: all, without a topic, homework entered late. */
    public List<long[]> lessons(LocalDate from, LocalDate to) {
        return rows(
                "select l.school_id, count(*),"
                        + " sum(case when l.topic is null then 1 else 0 end),"
                        + " sum(case when l.homework_late then 1 else 0 end)"
                        + " from lesson l where l.lesson_date between ? and ? group by l.school_id",
                from,
                to);
    }

    /** Per school, marks of lessons between the days: all, entered after their deadline. */
    public List<long[]> marks(LocalDate from, LocalDate to) {
        return rows(
                "select m.school_id, count(*), sum(case when m.late then 1 else 0 end)"
                        + " from mark m join lesson l on l.id = m.lesson_id"
                        + " where l.lesson_date between ? and ? group by m.school_id",
                from,
                to);
    }

    /**
     * Per school, attendance of lessons between the days: entries, entered late, lessons missed
     * (not a late arrival) in whole-class lessons.
     */
    public List<long[]> attendance(LocalDate from, LocalDate to) {
        return rows(
                "select a.school_id, count(*), sum(case when a.late then 1 else 0 end),"
                        + " sum(case when a.kind <> 'LATE' and t.group_id is null then 1 else 0"
                        + " end)"
                        + " from attendance a join lesson l on l.id = a.lesson_id"
                        + " join teaching_assignment t on t.id = l.assignment_id"
                        + " where l.lesson_date between ? and ? group by a.school_id",
                from,
                to);
    }

    /**
     * Per school, pupil-lessons of whole-class lessons between the days: each lesson × the pupils
     * its class has now (the movements of the month are not replayed: a municipal approximation).
     */
    public List<long[]> pupilLessons(LocalDate from, LocalDate to) {
        return rows(
                "select l.school_id, sum(c.n) from lesson l"
                        + " join teaching_assignment t on t.id = l.assignment_id"
                        + " join (select class_id, count(*) n from pupil where withdrawn_on is null"
                        + " group by class_id) c on c.class_id = t.class_id"
                        + " where t.group_id is null and l.lesson_date between ? and ?"
                        + " group by l.school_id",
                from,
                to);
    }

    /** Rows of longs; a date column reads as its epoch day. */
    private List<long[]> rows(String sql, LocalDate... days) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
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
