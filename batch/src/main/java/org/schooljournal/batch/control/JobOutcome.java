package org.schooljournal.batch.control;

import jakarta.batch.runtime.context.JobContext;

/**
 * How a job's run ended, as the jobs' listeners log it for an operator looking for a failed run.
 */
public final class JobOutcome {
    private JobOutcome() {}

    /** «execution 12: FAILED / FAILED». */
    public static String of(JobContext job) {
        return "execution "
                + job.getExecutionId()
                + ": "
                + job.getBatchStatus()
                + " / "
                + job.getExitStatus();
    }
}
