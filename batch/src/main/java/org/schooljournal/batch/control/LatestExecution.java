package org.schooljournal.batch.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A job instance's latest execution. The batch runtime writes a new instance and its first
 * execution in two steps; in between, asking for the instance's executions throws {@link
 * NoSuchJobInstanceException} (Payara's jbatch). A list of runs polled while a job starts must not
 * fail on that moment: the instance simply has no execution yet.
 */
public final class LatestExecution {
    private LatestExecution() {}

    /** How often a list of instances is asked again while a new one is being written. */
    static final int RETRIES = 5;

    /**
     * The job's latest {@code count} instances; empty while a new one is being written. Payara's
     * jbatch writes a new instance and its status apart, and asked for the job's instances between
     * the two it dereferences the missing status (NullPointerException in {@code
     * JobOperatorImplDelegate.getJobInstances}): asked again a few milliseconds later; still so,
     * the caller learns that a job is starting this moment (an archivist's list of runs answered
     * 500 on it, seen once in CI).
     */
    public static Optional<List<JobInstance>> instances(
            JobOperator operator, String jobName, int count) {
        for (int attempt = 0; ; attempt++) {
            try {
                return Optional.of(operator.getJobInstances(jobName, 0, count));
            } catch (NullPointerException statusNotYetWritten) {
                if (attempt == RETRIES) {
                    return Optional.empty();
                }
                try {
                    Thread.sleep(20L * (attempt + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    /** The latest execution, or empty while the instance's first one is being written. */
    public static Optional<JobExecution> of(JobOperator operator, JobInstance instance) {
        try {
            return operator.getJobExecutions(instance).stream()
                    .max(Comparator.comparingLong(JobExecution::getExecutionId));
        } catch (NoSuchJobInstanceException firstExecutionNotYetWritten) {
            return Optional.empty();
        }
    }
}
