package org.schooljournal.batch.control;

import jakarta.annotation.Resource;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Records, when an execution begins, that this instance runs it ({@link ExecutionOwners}); every
 * job's XML lists it first. A failure fails the job before its first step: a job whose owner is not
 * known could be failed by another instance's start-up.
 */
@Named("executionOwner")
@Dependent
public class ExecutionOwnerListener extends AbstractJobListener {
    @Inject JobContext job;

    @Inject Clock clock;

    @Resource(lookup = "jdbc/journal")
    DataSource journal;

    @Override
    public void beforeJob() throws Exception {
        try (Connection c = journal.getConnection()) {
            ExecutionOwners.record(
                    c,
                    job.getExecutionId(),
                    ExecutionOwners.instance(),
                    Timestamp.from(clock.instant()));
        }
    }
}
