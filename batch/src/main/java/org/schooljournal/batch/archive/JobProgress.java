package org.schooljournal.batch.archive;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import javax.sql.DataSource;
import org.schooljournal.archive.boundary.BookRef;

/**
 * Progress and report of one partition (job instance × school) in {@code archive_job_school} and
 * {@code archive_job_line}. Plain JDBC on {@code jdbc/journal}: its connections join the chunk's
 * transaction, so a chunk's documents, report lines and count commit together or not at all.
 */
@Dependent
public class JobProgress {
    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Clock clock;

    /** One line of the report. */
    public record Line(
            Long yearId,
            Long classId,
            String className,
            String kind,
            Outcome outcome,
            boolean draft,
            Integer pages,
            String sha256,
            Long documentId,
            String detail) {

        /** A class that was not printed or transferred, with why (its open journals). */
        public static Line unprinted(BookRef book, Outcome outcome, String detail) {
            return new Line(
                    book.yearId(),
                    book.classId(),
                    book.className(),
                    null,
                    outcome,
                    false,
                    null,
                    null,
                    null,
                    detail);
        }
    }

    /** Creates the partition's row if it is new (a restart keeps it) and sets its item count. */
    public void open(long instanceId, long schoolId, String job, String year, Integer total) {
        Timestamp now = Timestamp.from(clock.instant());
        update(
                "insert into archive_job_school (instance_id, school_id, job_name, year_name,"
                        + " started_at, updated_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing",
                instanceId,
                schoolId,
                job,
                year,
                now,
                now);
        if (total != null) {
            update(
                    "update archive_job_school set items_total = ? where instance_id = ? and"
                            + " school_id = ?",
                    total,
                    instanceId,
                    schoolId);
        }
    }

    /** The items the partition has committed: where a restart resumes. */
    public int itemsDone(long instanceId, long schoolId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement(
                                "select items_done from archive_job_school where instance_id = ?"
                                        + " and school_id = ?")) {
            st.setLong(1, instanceId);
            st.setLong(2, schoolId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the job's progress", e);
        }
    }

    /** Counts a chunk: items done, and how many succeeded or were refused/damaged. */
    public void advance(long instanceId, long schoolId, int items, int succeeded, int refused) {
        update(
                "update archive_job_school set items_done = items_done + ?, succeeded = succeeded"
                        + " + ?, refused = refused + ?, updated_at = ? where instance_id = ? and"
                        + " school_id = ?",
                items,
                succeeded,
                refused,
                Timestamp.from(clock.instant()),
                instanceId,
                schoolId);
    }

    /** Sets a partition's counts outright (a step that is not chunked reports once, at its end). */
    public void settle(long instanceId, long schoolId, int done, int succeeded, int refused) {
        update(
                "update archive_job_school set items_done = ?, succeeded = ?, refused = ?,"
                        + " updated_at = ? where instance_id = ? and school_id = ?",
                done,
                succeeded,
                refused,
                Timestamp.from(clock.instant()),
                instanceId,
                schoolId);
    }

    /** Drops an instance's report lines: a step that starts over writes them again. */
    public void forget(long instanceId) {
        update("delete from archive_job_line where instance_id = ?", instanceId);
    }

    public void record(long instanceId, Long schoolId, Line line) {
        update(
                "insert into archive_job_line (instance_id, school_id, year_id, class_id,"
                        + " class_name, kind, outcome, draft, pages, sha256, document_id, detail,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                instanceId,
                schoolId,
                line.yearId(),
                line.classId(),
                line.className(),
                line.kind(),
                line.outcome().name(),
                line.draft(),
                line.pages(),
                line.sha256(),
                line.documentId(),
                clip(line.detail()),
                Timestamp.from(clock.instant()));
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
    }

    private void update(String sql, Object... values) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    st.setNull(i + 1, Types.NULL); // the driver infers the column's type
                } else {
                    st.setObject(i + 1, values[i]);
                }
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the job's progress", e);
        }
    }
}
