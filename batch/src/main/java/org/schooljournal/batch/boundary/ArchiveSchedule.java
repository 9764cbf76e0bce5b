package org.schooljournal.batch.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.schooljournal.batch.archive.ScheduleSetting;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.Role;

/**
 * Runs the transfer daily and the integrity check weekly (issue 10, items 3 and 5), as the
 * archivist, at times in the municipality's zone set by {@value #TRANSFER} / {@code
 * JOURNAL_ARCHIVE_TRANSFER} (default {@value #TRANSFER_DEFAULT}) and {@value #CHECK} / {@code
 * JOURNAL_ARCHIVE_CHECK} (default {@value #CHECK_DEFAULT}); {@code off} switches one off (the test
 * servers do, so nothing starts under a test's feet). The timers are not persistent: each start
 * creates them from the setting again, so a changed setting needs only a restart, and a time missed
 * while the server was down is not made up (the next day's run covers it). A run is skipped while
 * another run of the same job is still going.
 */
@Singleton
@Startup
@RunAs(Role.ARCHIVIST)
public class ArchiveSchedule {
    public static final String TRANSFER = "journal.archive.transfer";
    public static final String CHECK = "journal.archive.check";
    static final String TRANSFER_DEFAULT = "off";
    static final String CHECK_DEFAULT = "off";

    private static final Logger LOG = Logger.getLogger(ArchiveSchedule.class.getName());

    @Resource TimerService timers;

    @EJB ArchiveJobs jobs;

    @Inject SchoolClock clock;

    @PostConstruct
    void schedule() {
        // no caller at start-up: the municipality's zone
        String zone = clock.zone().getId();
        plan(
                ArchiveJob.TRANSFER,
                ScheduleSetting.read(TRANSFER, "JOURNAL_ARCHIVE_TRANSFER", TRANSFER_DEFAULT),
                zone);
        plan(
                ArchiveJob.CHECK,
                ScheduleSetting.read(CHECK, "JOURNAL_ARCHIVE_CHECK", CHECK_DEFAULT),
                zone);
    }

    private void plan(ArchiveJob job, String setting, String zone) {
        try {
            ScheduleSetting.parse(setting, zone)
                    .ifPresentOrElse(
                            when -> {
                                timers.createCalendarTimer(when, new TimerConfig(job, false));
                                LOG.info(
                                        () ->
                                                job.jobName()
                                                        + " scheduled: "
                                                        + setting
                                                        + " "
                                                        + zone);
                            },
                            () -> LOG.info(() -> job.jobName() + " not scheduled (off)"));
        } catch (IllegalArgumentException wrong) {
            LOG.severe(() -> job.jobName() + " not scheduled: " + wrong.getMessage());
        }
    }

    @Timeout
    void run(Timer timer) {
        ArchiveJob job = (ArchiveJob) timer.getInfo();
        try {
            boolean running = jobs.recent().stream().anyMatch(r -> r.job() == job && r.running());
            if (running) {
                LOG.info(() -> "Scheduled " + job.jobName() + " skipped: a run is still going");
                return;
            }
            long execution = jobs.start(job, null, List.of(), false);
            LOG.info(() -> "Scheduled " + job.jobName() + " started: execution " + execution);
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "Scheduled " + job.jobName() + " did not start", failed);
        }
    }
}
