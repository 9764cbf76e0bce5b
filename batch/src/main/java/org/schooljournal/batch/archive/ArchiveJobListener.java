package org.schooljournal.batch.archive;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.schooljournal.batch.control.JobOutcome;

/** Logs how each run of an archive job ended, so an operator finds a failed one in the log. */
@Named("archiveJobListener")
@Dependent
public class ArchiveJobListener extends AbstractJobListener {
    private static final Logger LOG = Logger.getLogger(ArchiveJobListener.class.getName());

    @Inject JobContext job;

    @Override
    public void afterJob() {
        LOG.info(
                () ->
                        "Archive job "
                                + job.getJobName()
                                + ", instance "
                                + job.getInstanceId()
                                + ", "
                                + JobOutcome.of(job));
    }
}
