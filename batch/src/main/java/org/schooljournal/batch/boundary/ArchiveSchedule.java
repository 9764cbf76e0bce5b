package org.schooljournal.batch.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.schooljournal.batch.archive.ScheduleSetting;
import org.schooljournal.batch.control.ScheduledRuns;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.Role;

/**
 * Runs the transfer daily and the integrity check weekly (issue 10, items 3 and 5) at times in the
 * municipality's zone set by {@value #TRANSFER} / {@code JOURNAL_ARCHIVE_TRANSFER} (default {@value
 * #TRANSFER_DEFAULT}) and {@value #CHECK} / {@code JOURNAL_ARCHIVE_CHECK} (default {@value
 * #CHECK_DEFAULT}); {@code off} switches one off (the test servers do, so nothing starts under a
 * test's feet).
 *
 * <p>A timer has no caller, so it starts the jobs as system work through {@link ScheduledRuns}, not
 * through the archivist's {@link ArchiveJobs} ({@code @RunAs(archivist)} is refused on Payara 6
 * without a principal mapping, and the mapping would switch off the group-to-role mapping of every
 * other role). The timers are not persistent: each start creates them from the setting again, so a
 * changed setting needs only a restart, and a time missed while the server was down is not made up
 * (the next day's run covers it). Several servers on one database each fire their timer; {@link
 * ScheduledRuns} lets the first one of the day run it (a claim row), so the job runs once.
 */
@Singleton
@Startup
public class ArchiveSchedule {
    public static final String TRANSFER = "journal.archive.transfer";
    public static final String CHECK = "journal.archive.check";
    static final String TRANSFER_DEFAULT = "02:30";
    static final String CHECK_DEFAULT = "Sun 03:30";

    private static final Logger LOG = Logger.getLogger(ArchiveSchedule.class.getName());

    @Resource TimerService timers;

    @EJB ScheduledRuns runs;

    @Inject SchoolClock clock;

    private final Map<ArchiveJob, String> settings = new EnumMap<>(ArchiveJob.class);

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
        settings.put(job, setting);
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

    /** The scheduled jobs with their setting and next run, for the archivist's jobs screen. */
    @RolesAllowed(Role.ARCHIVIST)
    public List<ScheduledRunData> planned() {
        List<ScheduledRunData> planned = new ArrayList<>();
        for (var setting : settings.entrySet()) {
            java.time.Instant next = null;
            for (Timer timer : timers.getTimers()) {
                if (timer.getInfo() == setting.getKey()) {
                    next = timer.getNextTimeout().toInstant();
                }
            }
            planned.add(new ScheduledRunData(setting.getKey(), setting.getValue(), next));
        }
        return planned;
    }

    @Timeout
    void run(Timer timer) {
        ArchiveJob job = (ArchiveJob) timer.getInfo();
        try {
            runs.start(job);
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "Scheduled " + job.jobName() + " did not start", failed);
        }
    }
}
