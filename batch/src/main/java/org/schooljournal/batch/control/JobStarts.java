package org.schooljournal.batch.control;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Starts and restarts jobs and records at once that this instance runs the new execution (R-P05,
 * {@link ExecutionOwners}). The job's first listener ({@link ExecutionOwnerListener}) records it
 * again; recording here as soon as {@code JobOperator} returns the id covers an execution that dies
 * before that listener is called (the JVM killed while the job's thread is being set up), which
 * would otherwise stay STARTING with no owner and wait {@code InterruptedJobs}' ten minutes for any
 * instance to fail it.
 */
@Dependent
public class JobStarts {
    private static final Logger LOG = Logger.getLogger(JobStarts.class.getName());

    @Resource(lookup = "jdbc/journal")
    DataSource journal;

    @Inject Clock clock;

    private Supplier<JobOperator> operator = BatchRuntime::getJobOperator;

    /** For CDI. */
    public JobStarts() {}

    /** Outside the container (a test): this operator, database and clock. */
    public JobStarts(Supplier<JobOperator> operator, DataSource journal, Clock clock) {
        this.operator = operator;
        this.journal = journal;
        this.clock = clock;
    }

    /** Starts the job; returns the execution id, its owner recorded. */
    public long start(String jobName, Properties parameters) {
        return owned(operator.get().start(jobName, parameters));
    }

    /** Restarts the execution; returns the new execution's id, its owner recorded. */
    public long restart(long executionId, Properties parameters) {
        return owned(operator.get().restart(executionId, parameters));
    }

    private long owned(long executionId) {
        try (Connection c = journal.getConnection()) {
            ExecutionOwners.record(
                    c, executionId, ExecutionOwners.instance(), Timestamp.from(clock.instant()));
        } catch (SQLException e) {
            // the job runs already and its listener records the owner too: a failure here only
            // loses the cover for an execution that dies before that listener
            LOG.log(Level.WARNING, "Owner of job execution " + executionId + " not recorded", e);
        }
        return executionId;
    }
}
