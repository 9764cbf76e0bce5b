package org.schooljournal.diary.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The outbox of letters to families (R-D02, R-D04). Whoever has a letter to send only inserts it
 * here, inside its own transaction, so no save waits for an SMTP server; the timer of {@code
 * MailSchedule} sends what is due, each letter on its own: claimed first (two servers never send
 * one twice), sent, marked sent; a failure puts it back with a later attempt ({@link Backoff}) and
 * is logged, as is every attempt ({@code mail_log}). Plain JDBC: a control class with no caller,
 * every statement names the school where it reads a school's rows.
 */
@Stateless
@PermitAll
public class MailOutbox {
    /** Seconds before the first retry of a failed letter; doubled with each further failure. */
    public static final String RETRY = "journal.mail.retry";

    /** Letters claimed and sent over one SMTP connection before the outbox is read again. */
    static final int BATCH = 50;

    /**
     * How long one run of the timer goes on sending batch after batch while letters are due: a
     * municipality's digest is tens of thousands of letters, which one batch per run (30 s) would
     * take hours to send (DiaryBench); shorter than the timer's period, so runs do not pile up.
     */
    static final Duration BUDGET = Duration.ofSeconds(20);

    /** How long a claimed letter stays with its server before another may take it over. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    /** A letter to queue. */
    public record Queued(long guardianId, String kind, String recipient, Letters.Letter letter) {}

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject Clock clock;

    @Inject MailSession mail;

    /** Queues the letters in the caller's transaction: one batch of inserts. */
    public void queue(long schoolId, List<Queued> letters) {
        try (Connection c = dataSource.getConnection()) {
            insert(c, schoolId, letters, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot queue letters", e);
        }
    }

    /** Inserts on the given connection (the digest's, in its transaction per school). */
    static void insert(Connection c, long schoolId, List<Queued> letters, Instant now)
            throws SQLException {
        if (letters.isEmpty()) {
            return;
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement s =
                c.prepareStatement(
                        "insert into mail_outbox (school_id, guardian_id, kind, recipient,"
                                + " subject, body_text, body_html, queued_at, next_attempt_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Queued q : letters) {
                s.setLong(1, schoolId);
                s.setLong(2, q.guardianId());
                s.setString(3, q.kind());
                s.setString(4, q.recipient());
                s.setString(5, q.letter().subject());
                s.setString(6, q.letter().text());
                s.setString(7, q.letter().html());
                s.setObject(8, at);
                s.setObject(9, at);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Sends the letters that are due; each is its own short transaction, none inside a caller's.
     *
     * @return how many were sent
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        Session session = mail.session().orElse(null);
        if (session == null) {
            return 0;
        }
        int sent = 0;
        long deadline = System.nanoTime() + BUDGET.toNanos();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            List<Long> due;
            do {
                due = due(c);
                sent += sendBatch(c, session, due);
            } while (due.size() == BATCH && System.nanoTime() < deadline);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the mail outbox", e);
        }
        return sent;
    }

    /**
     * Sends a batch over one SMTP connection (a connection per letter costs the server a handshake
     * each); where none can be opened or it drops, each letter goes on its own, and fails on its
     * own.
     */
    private int sendBatch(Connection c, Session session, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        Transport transport = connect(session);
        int sent = 0;
        try {
            for (long id : ids) {
                if (claim(c, id) && send(c, session, transport, id)) {
                    sent++;
                }
            }
        } finally {
            close(transport);
        }
        return sent;
    }

    private static Transport connect(Session session) {
        try {
            Transport transport = session.getTransport();
            transport.connect();
            return transport;
        } catch (MessagingException | RuntimeException down) {
            return null;
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the letters are sent or failed already; a failed QUIT changes nothing
            }
        }
    }

    private List<Long> due(Connection c) throws SQLException {
        OffsetDateTime now = now();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "select id from mail_outbox where (status = 'QUEUED'"
                                + " and next_attempt_at <= ?) or (status = 'SENDING'"
                                + " and claimed_until < ?) order by next_attempt_at, id"
                                + " fetch first "
                                + BATCH
                                + " rows only")) {
            s.setObject(1, now);
            s.setObject(2, now);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Whether this server took the letter (another may have taken it meanwhile). */
    private boolean claim(Connection c, long id) throws SQLException {
        OffsetDateTime now = now();
        try (PreparedStatement s =
                c.prepareStatement(
                        "update mail_outbox set status = 'SENDING', claimed_until = ?"
                                + " where id = ? and (status = 'QUEUED' or (status = 'SENDING'"
                                + " and claimed_until < ?))")) {
            s.setObject(1, now.plus(CLAIM));
            s.setLong(2, id);
            s.setObject(3, now);
            return s.executeUpdate() == 1;
        }
    }

    private boolean send(Connection c, Session session, Transport transport, long id)
            throws SQLException {
        String recipient;
        String kind;
        long schoolId;
        int attempts;
        MimeMessage message;
        try (PreparedStatement s =
                c.prepareStatement(
                        "select school_id, kind, recipient, subject, body_text, body_html,"
                                + " attempts from mail_outbox where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                schoolId = r.getLong(1);
                kind = r.getString(2);
                recipient = r.getString(3);
                attempts = r.getInt(7) + 1;
                message =
                        message(session, recipient, r.getString(4), r.getString(5), r.getString(6));
            } catch (MessagingException bad) {
                return failed(c, id, schoolId(c, id), "?", "?", Integer.MAX_VALUE, bad);
            }
        }
        try {
            if (transport != null && transport.isConnected()) {
                transport.sendMessage(message, message.getAllRecipients());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException | RuntimeException e) {
            return failed(c, id, schoolId, recipient, kind, attempts, e);
        }
        try (PreparedStatement s =
                c.prepareStatement(
                        "update mail_outbox set status = 'SENT', sent_at = ?, attempts = ?,"
                                + " claimed_until = null, last_error = null where id = ?")) {
            s.setObject(1, now());
            s.setInt(2, attempts);
            s.setLong(3, id);
            s.executeUpdate();
        }
        log(c, schoolId, id, recipient, kind, "SENT", null);
        return true;
    }

    private boolean failed(
            Connection c,
            long id,
            long schoolId,
            String recipient,
            String kind,
            int attempts,
            Exception e)
            throws SQLException {
        String detail = String.valueOf(e.getMessage());
        detail = detail.length() > 480 ? detail.substring(0, 480) : detail;
        boolean givenUp = Backoff.givesUp(attempts);
        try (PreparedStatement s =
                c.prepareStatement(
                        "update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?,"
                                + " claimed_until = null, last_error = ? where id = ?")) {
            s.setString(1, givenUp ? "FAILED" : "QUEUED");
            s.setInt(2, Math.min(attempts, Backoff.MAX_ATTEMPTS));
            s.setObject(3, now().plus(Backoff.after(attempts, retryBase())));
            s.setString(4, detail);
            s.setLong(5, id);
            s.executeUpdate();
        }
        log(c, schoolId, id, recipient, kind, givenUp ? "GAVE_UP" : "FAILED", detail);
        String result = givenUp ? "given up" : "to be retried";
        LOG.warning(() -> "Letter " + id + " not sent (" + result + "): " + e);
        return false;
    }

    private static long schoolId(Connection c, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select school_id from mail_outbox where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void log(
            Connection c,
            long schoolId,
            long id,
            String recipient,
            String kind,
            String result,
            String detail)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "insert into mail_log (school_id, outbox_id, recipient, kind,"
                                + " attempted_at, result, detail) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, schoolId);
            s.setLong(2, id);
            s.setString(3, recipient);
            s.setString(4, kind);
            s.setObject(5, now());
            s.setString(6, result);
            s.setString(7, detail);
            s.executeUpdate();
        }
    }

    /** Plain text and simple HTML as alternatives of one letter, UTF-8. */
    static MimeMessage message(Session session, String to, String subject, String text, String html)
            throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom();
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        m.setSubject(subject, "UTF-8");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", plain, rich);
        m.setContent(alternative);
        m.saveChanges();
        return m;
    }

    private static Duration retryBase() {
        return Duration.ofSeconds(Long.getLong(RETRY, 60));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
