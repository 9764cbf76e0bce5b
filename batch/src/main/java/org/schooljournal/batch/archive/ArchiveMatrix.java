package org.schooljournal.batch.archive;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.schooljournal.batch.boundary.ArchiveJob;
import org.schooljournal.batch.boundary.ArchiveMatrixData;
import org.schooljournal.batch.boundary.MatrixCellData;
import org.schooljournal.batch.boundary.MatrixRowData;

/**
 * The archive matrix from the jobs' reports, in three statements whatever the number of schools:
 * the schools, per school × year × job the latest run's counts, and each school's latest check.
 * Draft prints do not count as printed.
 */
@Dependent
public class ArchiveMatrix {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    /** Counts of one job run in one school's year. */
    record Run(long instanceId, Instant at, int ok, int refused, String problem) {}

    /** The matrix of the given school, or of every school when null. */
    public ArchiveMatrixData of(Long onlySchool) {
        try (Connection c = dataSource.getConnection()) {
            Map<Long, String> schools = schools(c, onlySchool);
            Map<String, Run> runs = runs(c, onlySchool);
            Map<Long, Run> checks = checks(c, onlySchool);
            TreeSet<String> years = new TreeSet<>();
            for (String key : runs.keySet()) {
                years.add(key.split("\\|", 3)[1]);
            }
            List<MatrixRowData> rows = new ArrayList<>();
            for (var school : schools.entrySet()) {
                List<MatrixCellData> cells = new ArrayList<>();
                for (String year : years) {
                    Run printed = runs.get(key(school.getKey(), year, ArchiveJob.PRINT));
                    Run moved = runs.get(key(school.getKey(), year, ArchiveJob.TRANSFER));
                    cells.add(
                            printed == null && moved == null
                                    ? null
                                    : new MatrixCellData(
                                            year,
                                            printed == null ? null : printed.at(),
                                            printed == null ? null : printed.ok(),
                                            printed == null ? null : printed.refused(),
                                            moved == null ? null : moved.at(),
                                            moved == null ? null : moved.ok(),
                                            moved == null ? null : moved.refused(),
                                            problem(printed, moved)));
                }
                Run check = checks.get(school.getKey());
                rows.add(
                        new MatrixRowData(
                                school.getKey(),
                                school.getValue(),
                                cells,
                                check == null ? null : check.at(),
                                check == null ? null : check.refused(),
                                check == null ? null : check.problem()));
            }
            return new ArchiveMatrixData(List.copyOf(years), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the archive matrix", e);
        }
    }

    /** The first problem, cut to a cell's size (the job's report has it whole). */
    private static String problem(Run printed, Run moved) {
        String problem =
                moved != null && moved.problem() != null
                        ? moved.problem()
                        : printed == null ? null : printed.problem();
        return problem == null || problem.length() <= PROBLEM
                ? problem
                : problem.substring(0, PROBLEM) + "…";
    }

    static final int PROBLEM = 160;

    static String key(long schoolId, String year, ArchiveJob job) {
        return schoolId + "|" + year + "|" + job.jobName();
    }

    private static Map<Long, String> schools(Connection c, Long only) throws SQLException {
        Map<Long, String> schools = new LinkedHashMap<>();
        try (PreparedStatement st =
                c.prepareStatement(
                        "select id, name from school" + only(only, "id") + " order by name")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    schools.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return schools;
    }

    /**
     * Per school × year × job the runs' counts, newest instance last so it wins: OK = printed (not
     * draft) or transferred lines' classes, refused = refused or not-closed classes.
     */
    private static Map<String, Run> runs(Connection c, Long only) throws SQLException {
        String sql =
                "select l.school_id, y.name, p.job_name, l.instance_id, max(l.recorded_at),"
                        + " count(distinct case when l.outcome in ('PRINTED', 'TRANSFERRED')"
                        + " and not l.draft then l.class_id end),"
                        + " count(distinct case when l.outcome in ('REFUSED', 'NOT_CLOSED')"
                        + " then l.class_id end),"
                        + " min(case when l.outcome in ('REFUSED', 'NOT_CLOSED')"
                        + " then l.class_name || ': ' || l.detail end)"
                        + " from archive_job_line l"
                        + " join archive_job_school p on p.instance_id = l.instance_id"
                        + " and p.school_id = l.school_id"
                        + " join academic_year y on y.id = l.year_id"
                        + " where p.job_name in ('year-end-print', 'archive-transfer')"
                        + only(only, "l.school_id")
                        + " and not (p.job_name = 'year-end-print' and l.draft)"
                        + " group by l.school_id, y.name, p.job_name, l.instance_id"
                        + " order by l.instance_id";
        Map<String, Run> runs = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ArchiveJob job = ArchiveJob.of(rs.getString(3));
                    runs.put(
                            key(rs.getLong(1), rs.getString(2), job),
                            new Run(
                                    rs.getLong(4),
                                    instant(rs.getTimestamp(5)),
                                    rs.getInt(6),
                                    rs.getInt(7),
                                    rs.getString(8)));
                }
            }
        }
        return runs;
    }

    /** Each school's latest check: lines VERIFIED / DAMAGED of the latest check instance. */
    private static Map<Long, Run> checks(Connection c, Long only) throws SQLException {
        String sql =
                "select l.school_id, l.instance_id, max(l.recorded_at),"
                        + " sum(case when l.outcome = 'VERIFIED' then 1 else 0 end),"
                        + " sum(case when l.outcome = 'DAMAGED' then 1 else 0 end),"
                        + " min(case when l.outcome = 'DAMAGED' then l.detail end)"
                        + " from archive_job_line l"
                        + " join archive_job_school p on p.instance_id = l.instance_id"
                        + " and p.school_id = l.school_id"
                        + " where p.job_name = 'archive-check'"
                        + only(only, "l.school_id")
                        + " group by l.school_id, l.instance_id order by l.instance_id";
        Map<Long, Run> checks = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    checks.put(
                            rs.getLong(1),
                            new Run(
                                    rs.getLong(2),
                                    instant(rs.getTimestamp(3)),
                                    rs.getInt(4),
                                    rs.getInt(5),
                                    rs.getString(6)));
                }
            }
        }
        return checks;
    }

    /** The condition on one school (a number, so written into the statement), or none. */
    private static String only(Long school, String column) {
        return school == null
                ? ""
                : (column.equals("id") ? " where " : " and ") + column + " = " + school;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
