package org.schooljournal.batch.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which server instance runs which job execution (table {@code job_execution_owner}, V44), so that
 * an instance starting up fails only the executions it took down with it, never the jobs another
 * instance of the cluster is running. The instance's name is {@value #PROPERTY} (or {@code
 * JOURNAL_INSTANCE}); it must stay the same across restarts of that instance and differ between
 * instances ({@code config/cluster/run-two.sh} gives journal-i1, journal-i2, …). One server needs
 * none: it is {@value #DEFAULT}.
 */
public final class ExecutionOwners {
    /** System property: this instance's name. */
    public static final String PROPERTY = "journal.instance";

    public static final String DEFAULT = "server";

    private ExecutionOwners() {}

    /**
     * This instance's name: {@value #PROPERTY}, {@code JOURNAL_INSTANCE}, else Payara Server's own
     * instance name (unique in a Payara Server cluster, where the EAR runs), else {@value
     * #DEFAULT}.
     */
    public static String instance() {
        return Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv("JOURNAL_INSTANCE")))
                .or(() -> Optional.ofNullable(System.getProperty("com.sun.aas.instanceName")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .orElse(DEFAULT);
    }

    /**
     * Records that {@code instance} runs the execution (a restart is a new execution). The id is
     * the job repository's, another database that may be recreated and count from 1 again (the
     * quick start's job files deleted): a row left from before is replaced, never a reason to fail
     * the job.
     */
    public static void record(Connection journal, long executionId, String instance, Timestamp at)
            throws SQLException {
        try (PreparedStatement stale =
                journal.prepareStatement(
                        "delete from job_execution_owner where execution_id = ?")) {
            stale.setLong(1, executionId);
            stale.executeUpdate();
        }
        try (PreparedStatement st =
                journal.prepareStatement(
                        "insert into job_execution_owner (execution_id, instance, recorded_at)"
                                + " values (?, ?, ?)")) {
            st.setLong(1, executionId);
            st.setString(2, instance);
            st.setTimestamp(3, at);
            st.executeUpdate();
        } catch (SQLException e) {
            // The starter (JobStarts) and the job's listener both record a new execution, on two
            // threads of this instance: the other's row, naming this instance, is the same record.
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())
                    || !instance.equals(of(journal, List.of(executionId)).get(executionId))) {
                throw e;
            }
        }
    }

    /** Unique violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** The recorded owners of these executions; an execution without a row is missing. */
    public static Map<Long, String> of(Connection journal, Collection<Long> executionIds)
            throws SQLException {
        Map<Long, String> owners = new HashMap<>();
        try (PreparedStatement st =
                journal.prepareStatement(
                        "select instance from job_execution_owner where execution_id = ?")) {
            for (long id : executionIds) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        owners.put(id, rs.getString(1));
                    }
                }
            }
        }
        return owners;
    }
}
