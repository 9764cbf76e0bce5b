package org.schooljournal.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.schooljournal.diary.control.DailyDigest;
import org.schooljournal.diary.control.MailOutbox;

/**
 * Test-only: runs what {@code MailSchedule}'s timers run — the day's digest and a send of the
 * outbox — at once, and shortens the retry delay of failed letters.
 */
@Path("test-mail")
@Stateless
public class MailProbe {
    @EJB DailyDigest digest;

    @EJB MailOutbox outbox;

    @POST
    @Path("retry")
    public void retry(@QueryParam("seconds") long seconds) {
        System.setProperty(MailOutbox.RETRY, Long.toString(seconds));
    }

    /** The configured retry delay again: the server is shared with later tests. */
    @jakarta.ws.rs.DELETE
    @Path("retry")
    public void defaultRetry() {
        System.clearProperty(MailOutbox.RETRY);
    }

    @POST
    @Path("digest")
    public String digest(@QueryParam("day") String day) {
        return String.valueOf(digest.run(LocalDate.parse(day)).orElse(-1));
    }

    @POST
    @Path("send")
    public String send() {
        return String.valueOf(outbox.sendDue());
    }
}
