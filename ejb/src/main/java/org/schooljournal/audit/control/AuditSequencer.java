package org.schooljournal.audit.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of the audit chain's positions and hashes (R-A08, issue 11), as a transparency
 * log's sequencer: saves store their entries pending without waiting for each other; every {@value
 * #PERIOD_MS} ms, and on demand before the chain is read, this integrates the pending entries of
 * each school in the order they were written, in batches of {@value #BATCH} in transactions of
 * their own. A batch that fails is logged and left pending; the next run takes it up again, so a
 * lagging or failing sequencer delays the chain but never loses an acknowledged save's entry.
 *
 * <p>Each school's head is signed as a checkpoint ({@link AuditSequencing#CHECKPOINT_EVERY} at the
 * most often from the timer, at once when drained for a reader), and a chain that no longer reaches
 * its latest checkpoint is not extended: its entries stay pending and a warning is logged.
 *
 * <p>One run at a time in this server (a lock; the timer skips a tick while a run is busy); several
 * servers on one database take turns per school on the school's row ({@link AuditSequencing}).
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSequencer {
    static final long PERIOD_MS = 500;
    static final int BATCH = 500;

    /** A school's drain stops after this many batches, so one school cannot starve the others. */
    static final int MAX_BATCHES = 20;

    private static final Logger LOG = Logger.getLogger(AuditSequencer.class.getName());
    private static final Duration QUIET = Duration.ofMinutes(1);

    @Resource TimerService timers;

    @EJB AuditSequencing sequencing;

    private final ReentrantLock running = new ReentrantLock();

    /** The head each school's chain had when this sequencer last left it. */
    private final Map<Long, AuditSequencing.Head> heads = new ConcurrentHashMap<>();

    private volatile long lastWarning;

    @PostConstruct
    void start() {
        try {
            sequencing.detectDatabase();
        } catch (RuntimeException e) {
            warn("the audit sequencer locks schools FOR UPDATE: database unknown", e);
        }
        timers.createIntervalTimer(PERIOD_MS, PERIOD_MS, new TimerConfig("audit-sequencer", false));
    }

    @Timeout
    void tick() {
        if (running.tryLock()) {
            try {
                for (long school : sequencing.schoolsWithPending()) {
                    sequenceSchool(school, false);
                }
            } catch (RuntimeException e) {
                warn("cannot list pending audit entries", e);
            } finally {
                running.unlock();
            }
        }
    }

    /**
     * Sequences the school's pending entries now and signs its head (before its chain or a history
     * is read); false when a batch failed, and the entries it held are still pending.
     */
    public boolean drain(long schoolId) {
        running.lock();
        try {
            return sequenceSchool(schoolId, true);
        } finally {
            running.unlock();
        }
    }

    /** Sequences every school's pending entries now; false when a batch failed. */
    public boolean drainAll() {
        running.lock();
        try {
            boolean all = true;
            for (long school : sequencing.schoolsWithPending()) {
                all &= sequenceSchool(school, true);
            }
            return all;
        } finally {
            running.unlock();
        }
    }

    private boolean sequenceSchool(long schoolId, boolean checkpoint) {
        try {
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                // the last batch of a drain signs the head it reached
                AuditSequencing.Result done =
                        sequencing.sequence(schoolId, BATCH, checkpoint, heads.get(schoolId));
                if (done.head() != null) {
                    heads.put(schoolId, done.head());
                }
                if (done.sequenced() < BATCH) {
                    return true;
                }
            }
            return true;
        } catch (RuntimeException e) {
            heads.remove(schoolId);
            warn("audit entries of school " + schoolId + " stay pending: a batch failed", e);
            return false;
        }
    }

    /** A failing database would fail every tick: one warning a minute, not five a second. */
    private void warn(String what, RuntimeException e) {
        long now = System.nanoTime();
        if (now - lastWarning > QUIET.toNanos() || lastWarning == 0) {
            lastWarning = now;
            LOG.log(Level.WARNING, what + " (repeats are quiet for a minute)", e);
        }
    }
}
