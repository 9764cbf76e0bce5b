package org.schooljournal.batch.archive;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.schooljournal.platform.control.TableStatistics;

/**
 * Refreshes the planner's statistics of the archive's tables after a transfer (issue 10, as the
 * pupil import does): a year end deposits thousands of documents at once, and the archive browser,
 * the matrix and the hand-over package must not plan for the empty tables autovacuum last saw.
 */
@Named("archiveStatistics")
@Dependent
public class ArchiveStatistics extends AbstractJobListener {
    /** The tables a transfer fills: documents, their bytes, checkpoints and the job's report. */
    static final String[] TABLES = {
        "archive_document",
        "archive_content",
        "archive_checkpoint",
        "archive_job_school",
        "archive_job_line"
    };

    @Inject JobContext job;

    @Inject TableStatistics statistics;

    @Override
    public void afterJob() {
        // a stopped or failed run committed its chunks too; only a run that never began adds none
        if (job.getBatchStatus() != BatchStatus.ABANDONED) {
            statistics.afterCommit(TABLES);
        }
    }
}
