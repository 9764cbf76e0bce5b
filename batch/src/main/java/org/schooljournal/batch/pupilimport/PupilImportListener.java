package org.schooljournal.batch.pupilimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.schooljournal.batch.control.JobOutcome;
import org.schooljournal.platform.control.TableStatistics;

/**
 * Logs how each run of an import ended, so an operator can find a failed one in the log, and
 * refreshes the planner's statistics of the tables the import wrote.
 */
@Named("pupilImportListener")
@Dependent
public class PupilImportListener extends AbstractJobListener {
    private static final Logger LOG = Logger.getLogger(PupilImportListener.class.getName());

    @Inject JobContext job;

    @Inject @BatchProperty String importId;

    @Inject @BatchProperty String schoolId;

    @Inject TableStatistics statistics;

    @Override
    public void afterJob() {
        // every chunk has committed by now; a class of new pupils must not wait for autovacuum
        statistics.afterCommit("pupil", "pupil_movement", "guardian", "pupil_guardian", "account");
        LOG.info(
                () ->
                        "Pupil import "
                                + importId
                                + " of school "
                                + schoolId
                                + ", "
                                + JobOutcome.of(job));
    }
}
