package org.schooljournal.batch.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.schooljournal.batch.control.ExecutionOwners;

/**
 * Marks the executions that the server took down with it as FAILED at start-up, so that they can be
 * restarted from their last checkpoint (R-P05).
 *
 * <p>Jakarta Batch has no API for this (jakartaee/batch #157): an execution killed with the JVM
 * stays STARTED in the job repository forever, {@code abandon} refuses a STARTED execution and
 * {@code restart} refuses anything but FAILED or STOPPED. At start-up no job of this server runs
 * yet, so every execution the repository shows as STARTING, STARTED or STOPPING that this instance
 * ran belonged to its previous life; they get FAILED, an end time and an exit status saying why.
 *
 * <p>In a cluster the repository is shared and another instance may be running a job right now. The
 * repository does not say which instance runs an execution, so the jobs record it themselves
 * ({@link ExecutionOwners}, V44): only this instance's executions are failed, and those nobody
 * recorded (begun by a version before V44, or killed between start and the listener) once they are
 * older than {@value #UNOWNED_MINUTES} minutes.
 *
 * <p>The repository is the batch runtime's data source ({@code set-batch-runtime-configuration}),
 * named to this bean by the system property {@value #DATA_SOURCE} (default {@code jdbc/journal})
 * with the table prefix {@value #TABLE_PREFIX} (default {@code jbatch_}).
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class InterruptedJobs {
    /** System property: JNDI name of the job repository's data source. */
    public static final String DATA_SOURCE = "journal.jobs.datasource";

    /** System property: the job repository's table prefix. */
    public static final String TABLE_PREFIX = "journal.jobs.tableprefix";

    /** Exit status of an execution failed by this recovery; the screens show it. */
    public static final String EXIT_STATUS = "INTERRUPTED";

    private static final Logger LOG = Logger.getLogger(InterruptedJobs.class.getName());

    @Inject Clock clock;

    private static final String UNFINISHED = "('STARTING', 'STARTED', 'STOPPING')";

    /** An execution without a recorded owner is left alone this long: it may be just beginning. */
    static final int UNOWNED_MINUTES = 10;

    @PostConstruct
    void failInterruptedExecutions() {
        String name = System.getProperty(DATA_SOURCE, "jdbc/journal");
        String prefix = System.getProperty(TABLE_PREFIX, "jbatch_");
        if (!prefix.matches("[A-Za-z0-9_]*")) {
            LOG.severe(() -> "Job recovery skipped: table prefix " + prefix + " is not a name");
            return;
        }
        try (Connection connection = InitialContext.<DataSource>doLookup(name).getConnection();
                Connection journal =
                        InitialContext.<DataSource>doLookup("jdbc/journal").getConnection()) {
            rollBackInDoubt(connection);
            int failed =
                    failUnfinished(
                            connection,
                            journal,
                            ExecutionOwners.instance(),
                            prefix,
                            Timestamp.from(clock.instant()));
            if (failed > 0) {
                LOG.warning(
                        () ->
                                failed
                                        + " job execution(s) interrupted by the last shutdown"
                                        + " marked FAILED; they can be restarted");
            }
        } catch (NamingException | SQLException e) {
            LOG.log(Level.SEVERE, "Recovering interrupted jobs in " + name + " failed", e);
        }
    }

    /**
     * Rolls back the repository's in-doubt transactions on the quick start's embedded database.
     * There the repository has a database of its own (XA), and a server killed between the two
     * commits of a chunk leaves its prepared checkpoint locking the step's rows, so the restart
     * would wait on them forever. Rolling it back is safe: a restart resumes from the position the
     * job committed with its own data (see the pupil import's reader), never from the checkpoint
     * alone. PostgreSQL keeps the repository in the journal's database: nothing is in doubt there.
     */
    static void rollBackInDoubt(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
            return;
        }
        List<String> inDoubt = new ArrayList<>();
        try (Statement st = connection.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "select transaction_name from information_schema.in_doubt")) {
            while (rs.next()) {
                inDoubt.add(rs.getString(1));
            }
        }
        for (String transaction : inDoubt) {
            try (Statement st = connection.createStatement()) {
                // H2 takes the name as an identifier; it is the database's own, quoted as such.
                st.execute("rollback transaction \"" + transaction.replace("\"", "\"\"") + "\"");
            }
            LOG.warning(
                    () -> "Rolled back the job repository's in-doubt transaction " + transaction);
        }
    }

    /**
     * Fails the unfinished executions of {@code instance} (and the old ones nobody owns) and their
     * unfinished steps in one transaction of the repository.
     *
     * @param journal where the owners are recorded (the repository's database on PostgreSQL)
     * @return the number of job executions failed
     */
    static int failUnfinished(
            Connection connection,
            Connection journal,
            String instance,
            String prefix,
            Timestamp now)
            throws SQLException {
        Optional<String> jobTable = table(connection, prefix, "EXECUTIONINSTANCEDATA");
        Optional<String> stepTable = table(connection, prefix, "STEPEXECUTIONINSTANCEDATA");
        if (jobTable.isEmpty() || stepTable.isEmpty()) {
            return 0; // no job has run on this database yet
        }
        Map<Long, Timestamp> unfinished = new LinkedHashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs =
                        st.executeQuery(
                                "select jobexecid, createtime from "
                                        + jobTable.get()
                                        + " where batchstatus in "
                                        + UNFINISHED)) {
            while (rs.next()) {
                unfinished.put(rs.getLong(1), rs.getTimestamp(2));
            }
        }
        if (unfinished.isEmpty()) {
            return 0;
        }
        Map<Long, String> owners = ExecutionOwners.of(journal, unfinished.keySet());
        Timestamp unownedBefore =
                Timestamp.from(now.toInstant().minus(Duration.ofMinutes(UNOWNED_MINUTES)));
        List<Long> ours = new ArrayList<>();
        unfinished.forEach(
                (id, created) -> {
                    String owner = owners.get(id);
                    if (instance.equals(owner)
                            || (owner == null
                                    && created != null
                                    && created.before(unownedBefore))) {
                        ours.add(id);
                    }
                });
        if (ours.isEmpty()) {
            return 0;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement steps =
                        connection.prepareStatement(
                                "update "
                                        + stepTable.get()
                                        + " set batchstatus = 'FAILED', exitstatus = ?, endtime = ?"
                                        + " where jobexecid = ? and batchstatus in "
                                        + UNFINISHED);
                PreparedStatement jobs =
                        connection.prepareStatement(
                                "update "
                                        + jobTable.get()
                                        + " set batchstatus = 'FAILED', exitstatus = ?, endtime = ?,"
                                        + " updatetime = ? where jobexecid = ? and batchstatus in "
                                        + UNFINISHED)) {
            int failed = 0;
            for (long id : ours) {
                steps.setString(1, EXIT_STATUS);
                steps.setTimestamp(2, now);
                steps.setLong(3, id);
                steps.executeUpdate();
                jobs.setString(1, EXIT_STATUS);
                jobs.setTimestamp(2, now);
                jobs.setTimestamp(3, now);
                jobs.setLong(4, id);
                failed += jobs.executeUpdate();
            }
            connection.commit();
            return failed;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * The repository's table of that name. The runtime writes the prefix as configured on some
     * databases and without its underscore on others ({@code jbatch_} gives {@code
     * JBATCHEXECUTIONINSTANCEDATA} on H2), so both spellings are looked up in the catalogue.
     */
    static Optional<String> table(Connection connection, String prefix, String name)
            throws SQLException {
        Set<String> spellings =
                Set.of(
                        (prefix + name).toUpperCase(Locale.ROOT),
                        (prefix.replace("_", "") + name).toUpperCase(Locale.ROOT));
        try (ResultSet tables =
                connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                if (spellings.contains(table.toUpperCase(Locale.ROOT))) {
                    return Optional.of(table);
                }
            }
        }
        return Optional.empty();
    }
}
