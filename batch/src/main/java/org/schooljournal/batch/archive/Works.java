package org.schooljournal.batch.archive;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.schooljournal.batch.control.ScheduledRuns;
import org.schooljournal.batch.control.SystemWork;

/**
 * Picks whom a run's artifacts work as, by the run's {@code startedBy} job parameter (passed to
 * each artifact as a property): {@value ScheduledRuns#SYSTEM} only for a run that {@link
 * ScheduledRuns} started (the daily transfer, the weekly check), else the person who started it.
 * {@code ArchiveJobs} sets the parameter to the caller's login, so a person cannot start a system
 * run; an archivist who restarts one restarts the same fixed work (every school, every year).
 */
@Dependent
public class Works {
    @Inject ArchiveWork asStarter;

    @Inject SystemWork asSystem;

    public JobWork of(String startedBy) {
        return ScheduledRuns.SYSTEM.equals(startedBy) ? asSystem : asStarter;
    }
}
