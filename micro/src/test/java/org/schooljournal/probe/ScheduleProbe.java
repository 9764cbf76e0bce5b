package org.schooljournal.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.schooljournal.archive.control.TimestampAuthority;
import org.schooljournal.batch.boundary.ArchiveJob;
import org.schooljournal.batch.control.ScheduledRuns;

/**
 * Test-only: fires the scheduled entry as {@code ArchiveSchedule}'s timer does — from an EJB timer
 * of its own (so with a timer's missing caller, not the HTTP caller's identity), a moment after the
 * request — and points the server at a test's time-stamping authority.
 */
@Path("test-schedule")
@Stateless
public class ScheduleProbe {
    @Resource TimerService timers;

    @EJB ScheduledRuns runs;

    @POST
    @Path("fire/{job}")
    public void fire(@PathParam("job") String job) {
        timers.createSingleActionTimer(200, new TimerConfig(ArchiveJob.valueOf(job), false));
    }

    /** Timers of this probe that have run to their end, whatever they started or skipped. */
    private static final java.util.concurrent.atomic.AtomicInteger DONE =
            new java.util.concurrent.atomic.AtomicInteger();

    @Timeout
    void scheduled(Timer timer) {
        try {
            runs.start((ArchiveJob) timer.getInfo());
        } finally {
            DONE.incrementAndGet();
        }
    }

    /**
     * How many fired timers have ended: a test waits for its timer's decision (a run started or
     * skipped) instead of a guessed pause.
     */
    @jakarta.ws.rs.GET
    @Path("done")
    @jakarta.ws.rs.Produces("text/plain")
    public String done() {
        return String.valueOf(DONE.get());
    }

    @POST
    @Path("tsa")
    public void tsa(@QueryParam("url") String url) {
        System.setProperty(TimestampAuthority.PROPERTY, url);
    }

    /**
     * Back to no authority: the server is shared, and a later test's checkpoint must not try the
     * stopped authority of an earlier one.
     */
    @jakarta.ws.rs.DELETE
    @Path("tsa")
    public void noTsa() {
        System.clearProperty(TimestampAuthority.PROPERTY);
    }
}
