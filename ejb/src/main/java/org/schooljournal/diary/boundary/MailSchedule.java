package org.schooljournal.diary.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.schooljournal.diary.control.DailyDigest;
import org.schooljournal.diary.control.MailOutbox;
import org.schooljournal.diary.control.MailSession;
import org.schooljournal.platform.control.SchoolClock;

/**
 * The timers of e-mail to families (R-D02, R-D04): the outbox is sent every {@value #POLL} seconds
 * (default {@value #POLL_DEFAULT}), the digest is built once a day at {@value #DIGEST} / {@code
 * JOURNAL_MAIL_DIGEST} (default {@value #DIGEST_DEFAULT}, the municipality's zone; {@code off}
 * switches it off). EJB timers, not persistent, on every server, as the archive's schedule: the
 * digest's claim row and the outbox's claims keep two servers from sending twice. Nothing is
 * scheduled while e-mail is off ({@link MailSession}).
 */
@Singleton
@Startup
public class MailSchedule {
    public static final String DIGEST = "journal.mail.digest";
    public static final String POLL = "journal.mail.poll";
    static final String DIGEST_DEFAULT = "18:00";
    static final long POLL_DEFAULT = 30;

    private static final String SEND = "send";
    private static final String DIGEST_RUN = "digest";

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Resource TimerService timers;

    @Inject MailSession mail;

    @Inject SchoolClock clock;

    @EJB MailOutbox outbox;

    @EJB DailyDigest digest;

    @PostConstruct
    void schedule() {
        if (!mail.enabled()) {
            return;
        }
        long poll = Long.getLong(POLL, POLL_DEFAULT) * 1000;
        timers.createIntervalTimer(poll, poll, new TimerConfig(SEND, false));
        String setting =
                Optional.ofNullable(System.getProperty(DIGEST))
                        .or(() -> Optional.ofNullable(System.getenv("JOURNAL_MAIL_DIGEST")))
                        .orElse(DIGEST_DEFAULT)
                        .strip();
        if ("off".equalsIgnoreCase(setting)) {
            LOG.info("Digest to families not scheduled (off)");
            return;
        }
        try {
            LocalTime at = LocalTime.parse(setting);
            timers.createCalendarTimer(
                    new ScheduleExpression()
                            .hour(at.getHour())
                            .minute(at.getMinute())
                            .timezone(clock.zone().getId()),
                    new TimerConfig(DIGEST_RUN, false));
            LOG.info(() -> "Digest to families scheduled: " + setting + " " + clock.zone());
        } catch (java.time.format.DateTimeParseException wrong) {
            LOG.severe(() -> "Digest to families not scheduled: " + DIGEST + "=" + setting);
        }
    }

    @Timeout
    void run(Timer timer) {
        try {
            if (DIGEST_RUN.equals(timer.getInfo())) {
                digest.run(clock.today());
            }
            outbox.sendDue();
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "Mail timer " + timer.getInfo() + " failed", failed);
        }
    }
}
