package org.schooljournal.diary.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The digest to families (R-D02): once a day, for every school, a letter to each parent who
 * consented (R-A05), has an e-mail address and did not opt out — the new marks, absences and
 * teachers' messages since the previous run and the homework for tomorrow, each as the parent
 * chose; parents who chose a weekly letter get the last seven days' on Saturdays. Nothing when
 * there is nothing to tell. Built in SQL, a fixed number of statements per school ({@link
 * DigestQueries}), whatever the school's size; each school's letters are queued in one transaction
 * of their own.
 *
 * <p>Once a day on one database: the first server to insert the day's {@code mail_digest_run} row
 * runs it (as the archive's schedule claims); its window starts where the previous run's ended.
 */
@Stateless
@PermitAll
public class DailyDigest {
    private static final String TAKEN = "23505";

    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Clock clock;

    @Inject MailSession mail;

    /**
     * Builds and queues the day's digests unless e-mail is off or another server already did.
     *
     * @return how many letters were queued; empty when not run
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Integer> run(LocalDate day) {
        if (!mail.enabled()) {
            return Optional.empty();
        }
        Instant to = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            Instant from = previousEnd(c).orElse(to.minus(Duration.ofDays(1)));
            if (!claim(c, day, from, to)) {
                LOG.info(() -> "Digest of " + day + " runs elsewhere");
                return Optional.empty();
            }
            boolean weekly = day.getDayOfWeek() == DayOfWeek.SATURDAY;
            DigestQueries.Window window =
                    new DigestQueries.Window(from, to, to.minus(Duration.ofDays(7)), weekly);
            int letters = 0;
            long started = System.nanoTime();
            for (long schoolId : schools(c)) {
                letters += school(c, schoolId, day, window);
            }
            finish(c, day, letters);
            int queued = letters;
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Digest of " + day + ": " + queued + " letters queued in " + ms + " ms");
            return Optional.of(letters);
        } catch (SQLException e) {
            throw new IllegalStateException("digest of " + day + " failed", e);
        }
    }

    /** One school's digests, queued in one transaction: all of the school's or none. */
    private int school(Connection c, long schoolId, LocalDate day, DigestQueries.Window window)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            List<MailOutbox.Queued> letters = DigestQueries.letters(c, schoolId, day, window);
            MailOutbox.insert(c, schoolId, letters, clock.instant());
            c.commit();
            return letters.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            LOG.severe(() -> "Digest of school " + schoolId + " not queued: " + e);
            return 0;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static Optional<Instant> previousEnd(Connection c) throws SQLException {
        try (PreparedStatement s =
                        c.prepareStatement("select max(window_to) from mail_digest_run");
                ResultSet r = s.executeQuery()) {
            OffsetDateTime end = r.next() ? r.getObject(1, OffsetDateTime.class) : null;
            return Optional.ofNullable(end).map(OffsetDateTime::toInstant);
        }
    }

    private static boolean claim(Connection c, LocalDate day, Instant from, Instant to)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "insert into mail_digest_run (due_on, claimed_at, window_from,"
                                + " window_to) values (?, ?, ?, ?)")) {
            s.setObject(1, day);
            s.setObject(2, to.atOffset(ZoneOffset.UTC));
            s.setObject(3, from.atOffset(ZoneOffset.UTC));
            s.setObject(4, to.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (TAKEN.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static void finish(Connection c, LocalDate day, int letters) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("update mail_digest_run set letters = ? where due_on = ?")) {
            s.setInt(1, letters);
            s.setObject(2, day);
            s.executeUpdate();
        }
    }

    private static List<Long> schools(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id from school order by id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }
}
