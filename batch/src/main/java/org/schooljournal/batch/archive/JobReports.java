package org.schooljournal.batch.archive;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.schooljournal.batch.boundary.ReportLineData;
import org.schooljournal.batch.boundary.SchoolProgressData;

/** Reads the archive jobs' progress and report lines (written by {@link JobProgress}). */
@Dependent
public class JobReports {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Clock clock;

    private static final String LINE =
            "select l.id, l.school_id, s.name, l.year_id, l.class_id, l.class_name, l.kind,"
                    + " l.outcome, l.draft, l.pages, l.sha256, l.document_id, l.detail"
                    + " from archive_job_line l left join school s on s.id = l.school_id";

    /**
     * Each school's progress of a job instance; elapsed up to the job's end, or up to now while it
     * runs.
     */
    public List<SchoolProgressData> progress(long instanceId, Date ended) {
        Instant end = ended == null ? clock.instant() : ended.toInstant();
        String sql =
                "select p.school_id, s.name, p.items_total, p.items_done, p.succeeded, p.refused,"
                        + " p.started_at, p.updated_at from archive_job_school p"
                        + " join school s on s.id = p.school_id where p.instance_id = ?"
                        + " order by s.name";
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, instanceId);
            List<SchoolProgressData> schools = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int total = rs.getInt(3);
                    int done = rs.getInt(4);
                    Instant started = rs.getTimestamp(7).toInstant();
                    Instant last = done >= total ? rs.getTimestamp(8).toInstant() : end;
                    long elapsed = Math.max(0, Duration.between(started, last).toSeconds());
                    schools.add(
                            new SchoolProgressData(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    total,
                                    done,
                                    rs.getInt(5),
                                    rs.getInt(6),
                                    elapsed,
                                    SchoolProgressData.estimate(total, done, elapsed)));
                }
            }
            return schools;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the job's progress", e);
        }
    }

    /** The sum over the schools; elapsed is the longest school's (they run side by side). */
    public static SchoolProgressData total(List<SchoolProgressData> schools) {
        int total = 0;
        int done = 0;
        int succeeded = 0;
        int refused = 0;
        long elapsed = 0;
        for (SchoolProgressData s : schools) {
            total += s.total();
            done += s.done();
            succeeded += s.succeeded();
            refused += s.refused();
            elapsed = Math.max(elapsed, s.elapsedSeconds());
        }
        return new SchoolProgressData(
                0,
                null,
                total,
                done,
                succeeded,
                refused,
                elapsed,
                SchoolProgressData.estimate(total, done, elapsed));
    }

    public List<ReportLineData> lines(JobInstance instance) {
        return query(
                LINE + " where l.instance_id = ? order by s.name nulls first, l.class_name, l.id",
                instance.getInstanceId());
    }

    public ReportLineData line(long lineId) {
        List<ReportLineData> lines = query(LINE + " where l.id = ?", lineId);
        return lines.isEmpty() ? null : lines.get(0);
    }

    private List<ReportLineData> query(String sql, long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            List<ReportLineData> lines = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    lines.add(
                            new ReportLineData(
                                    rs.getLong(1),
                                    rs.getObject(2, Long.class),
                                    rs.getString(3),
                                    rs.getObject(4, Long.class),
                                    rs.getObject(5, Long.class),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getBoolean(9),
                                    rs.getObject(10, Integer.class),
                                    rs.getString(11),
                                    rs.getObject(12, Long.class),
                                    rs.getString(13)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the job's report", e);
        }
    }
}
