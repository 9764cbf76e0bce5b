package org.schooljournal.batch.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobInstanceException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.util.Comparator;
import java.util.Optional;

/**
 * A job instance's latest execution. The batch runtime writes a new instance and its first
 * execution in two steps; in between, asking for the instance's executions throws {@link
 * NoSuchJobInstanceException} (Payara's jbatch). A list of runs polled while a job starts must not
 * fail on that moment: the instance simply has no execution yet.
 */
public final class LatestExecution {
    private LatestExecution() {}

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
