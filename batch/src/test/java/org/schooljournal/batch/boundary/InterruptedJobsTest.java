package org.schooljournal.batch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.operations.JobOperator;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.batch.control.ExecutionOwners;
import org.schooljournal.batch.control.JobStarts;

class InterruptedJobsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    @DisplayName(
            "R-P05 at start-up an instance fails its own interrupted job executions, not those another instance runs")
    void failsOwnExecutionsOnly() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:interrupted;MODE=PostgreSQL");
                Statement st = c.createStatement()) {
            // the batch runtime's tables as Payara writes them (jsr352-postgresql.ddl) and V44
            st.execute(
                    "create table jbatch_executioninstancedata (jobexecid bigint primary key,"
                            + " createtime timestamp, endtime timestamp, updatetime timestamp,"
                            + " batchstatus varchar(512), exitstatus varchar(512))");
            st.execute(
                    "create table jbatch_stepexecutioninstancedata (stepexecid bigint primary"
                            + " key, jobexecid bigint, batchstatus varchar(512), exitstatus"
                            + " varchar(512), endtime timestamp)");
            st.execute(
                    "create table job_execution_owner (execution_id bigint primary key, instance"
                            + " varchar(200) not null, recorded_at timestamp with time zone not"
                            + " null)");
            execution(st, 1, "STARTED", 60); // i1's own, killed with it
            execution(st, 2, "STARTED", 60); // i2 runs it right now
            execution(st, 3, "STARTING", 60); // nobody recorded it, an hour ago: from before V44
            execution(st, 4, "STARTING", 1); // nobody recorded it yet: just beginning somewhere
            execution(st, 5, "COMPLETED", 60); // i1's, finished
            Timestamp at = Timestamp.from(NOW);
            ExecutionOwners.record(c, 1, "journal-i1", at);
            ExecutionOwners.record(c, 2, "journal-i2", at);
            ExecutionOwners.record(c, 5, "journal-i1", at);

            int failed = InterruptedJobs.failUnfinished(c, c, "journal-i1", "jbatch_", at);

            assertThat(failed).isEqualTo(2);
            assertThat(statuses(st, "jbatch_executioninstancedata"))
                    .containsExactlyEntriesOf(
                            new TreeMap<>(
                                    Map.of(
                                            1L, "FAILED",
                                            2L, "STARTED",
                                            3L, "FAILED",
                                            4L, "STARTING",
                                            5L, "COMPLETED")));
            assertThat(statuses(st, "jbatch_stepexecutioninstancedata"))
                    .containsExactlyEntriesOf(
                            new TreeMap<>(
                                    Map.of(
                                            1L, "FAILED",
                                            2L, "STARTED",
                                            3L, "FAILED",
                                            4L, "STARTING",
                                            5L, "COMPLETED")));
            // a second start of the same instance finds nothing more of its own
            assertThat(InterruptedJobs.failUnfinished(c, c, "journal-i1", "jbatch_", at)).isZero();
        }
    }

    @Test
    @DisplayName(
            "R-P05 an execution that dies before its first listener call is still its starter's:"
                    + " the owner is recorded as soon as the start returns its id, so the starter's"
                    + " restart fails it at once and another instance leaves it")
    void ownerRecordedWhenTheStartReturns() throws Exception {
        String before = System.getProperty(ExecutionOwners.PROPERTY);
        System.setProperty(ExecutionOwners.PROPERTY, "journal-i1");
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:starts;MODE=PostgreSQL");
                Statement st = c.createStatement()) {
            repository(st);
            JdbcDataSource journal = new JdbcDataSource();
            journal.setURL("jdbc:h2:mem:starts;MODE=PostgreSQL");
            // the runtime writes the execution STARTING and hands back its id; the JVM is then
            // killed before the job's thread reaches ExecutionOwnerListener
            JobOperator operator =
                    (JobOperator)
                            Proxy.newProxyInstance(
                                    getClass().getClassLoader(),
                                    new Class<?>[] {JobOperator.class},
                                    (proxy, method, args) -> {
                                        if (!method.getName().equals("start")) {
                                            throw new UnsupportedOperationException(
                                                    method.getName());
                                        }
                                        execution(st, 6, "STARTING", 1);
                                        return 6L;
                                    });
            JobStarts starts =
                    new JobStarts(() -> operator, journal, Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(starts.start("archive-transfer", new Properties())).isEqualTo(6);

            assertThat(ExecutionOwners.of(c, List.of(6L)))
                    .containsExactly(Map.entry(6L, "journal-i1"));
            Timestamp at = Timestamp.from(NOW);
            assertThat(InterruptedJobs.failUnfinished(c, c, "journal-i2", "jbatch_", at)).isZero();
            assertThat(statuses(st, "jbatch_executioninstancedata"))
                    .containsExactly(Map.entry(6L, "STARTING"));
            assertThat(InterruptedJobs.failUnfinished(c, c, "journal-i1", "jbatch_", at))
                    .isEqualTo(1);
            assertThat(statuses(st, "jbatch_executioninstancedata"))
                    .containsExactly(Map.entry(6L, "FAILED"));
        } finally {
            if (before == null) {
                System.clearProperty(ExecutionOwners.PROPERTY);
            } else {
                System.setProperty(ExecutionOwners.PROPERTY, before);
            }
        }
    }

    @Test
    @DisplayName(
            "R-P05 the starter and the job's listener record a new execution at the same time: the"
                    + " second finding the first's row of this instance is not an error")
    void recordedTwiceByThisInstance() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:twice;MODE=PostgreSQL");
                Connection listener =
                        DriverManager.getConnection("jdbc:h2:mem:twice;MODE=PostgreSQL");
                Statement st = c.createStatement()) {
            repository(st);
            Timestamp at = Timestamp.from(NOW);
            // the starter's connection, on which the listener's row lands between the starter's
            // delete and its insert
            Connection starter =
                    (Connection)
                            Proxy.newProxyInstance(
                                    getClass().getClassLoader(),
                                    new Class<?>[] {Connection.class},
                                    (proxy, method, args) -> {
                                        if (method.getName().equals("prepareStatement")
                                                && ((String) args[0]).startsWith("insert")) {
                                            ExecutionOwners.record(listener, 8, "journal-i1", at);
                                        }
                                        return method.invoke(c, args);
                                    });

            ExecutionOwners.record(starter, 8, "journal-i1", at);

            assertThat(ExecutionOwners.of(c, List.of(8L)))
                    .containsExactly(Map.entry(8L, "journal-i1"));
        }
    }

    @Test
    @DisplayName(
            "R-P05 an execution id the job repository hands out again (the repository recreated)"
                    + " gets its new owner; the row of before neither fails the job nor names the"
                    + " wrong instance")
    void anIdGivenAgainTakesItsNewOwner() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:owners;MODE=PostgreSQL");
                Statement st = c.createStatement()) {
            st.execute(
                    "create table job_execution_owner (execution_id bigint primary key, instance"
                            + " varchar(200) not null, recorded_at timestamp with time zone not"
                            + " null)");
            Timestamp at = Timestamp.from(NOW);
            ExecutionOwners.record(c, 1, "journal-i2", at);

            ExecutionOwners.record(c, 1, "journal-i1", Timestamp.from(NOW.plusSeconds(60)));

            assertThat(ExecutionOwners.of(c, java.util.List.of(1L)))
                    .containsExactly(Map.entry(1L, "journal-i1"));
        }
    }

    /** The batch runtime's tables as Payara writes them (jsr352-postgresql.ddl) and V44's. */
    private static void repository(Statement st) throws Exception {
        st.execute(
                "create table jbatch_executioninstancedata (jobexecid bigint primary key,"
                        + " createtime timestamp, endtime timestamp, updatetime timestamp,"
                        + " batchstatus varchar(512), exitstatus varchar(512))");
        st.execute(
                "create table jbatch_stepexecutioninstancedata (stepexecid bigint primary"
                        + " key, jobexecid bigint, batchstatus varchar(512), exitstatus"
                        + " varchar(512), endtime timestamp)");
        st.execute(
                "create table job_execution_owner (execution_id bigint primary key, instance"
                        + " varchar(200) not null, recorded_at timestamp with time zone not"
                        + " null)");
    }

    private static void execution(Statement st, long id, String status, int minutesAgo)
            throws Exception {
        Timestamp created = Timestamp.from(NOW.minusSeconds(60L * minutesAgo));
        st.execute(
                "insert into jbatch_executioninstancedata (jobexecid, createtime, batchstatus)"
                        + " values ("
                        + id
                        + ", timestamp '"
                        + created
                        + "', '"
                        + status
                        + "')");
        st.execute(
                "insert into jbatch_stepexecutioninstancedata (stepexecid, jobexecid,"
                        + " batchstatus) values ("
                        + (100 + id)
                        + ", "
                        + id
                        + ", '"
                        + status
                        + "')");
    }

    private static Map<Long, String> statuses(Statement st, String table) throws Exception {
        Map<Long, String> result = new TreeMap<>();
        try (ResultSet rs = st.executeQuery("select jobexecid, batchstatus from " + table)) {
            while (rs.next()) {
                result.put(rs.getLong(1), rs.getString(2));
            }
        }
        return result;
    }
}
