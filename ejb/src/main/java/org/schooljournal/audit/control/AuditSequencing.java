package org.schooljournal.audit.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.schooljournal.audit.entity.AuditCheckpoint;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * The audit sequencer's transactions (R-A08, issue 11): one batch of a school's pending entries
 * given positions and hashes, and the new head signed as a checkpoint, all or nothing. A batch that
 * fails in the middle (the database gone, the server killed) rolls back whole and leaves every
 * entry of it pending for the next run.
 */
@Stateless
public class AuditSequencing {
    @PersistenceContext EntityManager em;

    /** How often the timer's runs sign a school's head; a reader's drain signs at once. */
    static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(10);

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @Inject HeadSigner signer;

    /**
     * How the sequencer locks a school's row: on PostgreSQL {@code FOR NO KEY UPDATE}, which the
     * foreign-key checks of saves inserting entries ({@code FOR KEY SHARE} on the school) do not
     * wait for; {@code FOR UPDATE} made every save of the school wait while a batch ran.
     */
    private static volatile String lockClause = "for update";

    @Inject Clock clock;

    /** How many entries are pending, and since when the oldest. */
    public record Lag(long pending, Instant oldest) {}

    /**
     * A school's chain head as the sequencer left it, and when its latest checkpoint was signed
     * (null: none yet).
     */
    public record Head(long seq, String hash, Instant signedAt) {}

    /** How many entries a batch sequenced, and the head it left. */
    public record Result(int sequenced, Head head) {}

    /**
     * Sequences up to {@code max} of the school's pending entries in the order they were written
     * (their id) after the school's last sequenced entry, and signs the new head as a checkpoint
     * when {@code checkpoint} asks or the latest is older than {@link #CHECKPOINT_EVERY}. Refuses
     * (rolls back) when the chain no longer reaches its latest signed head: a cut chain is not
     * extended, its tampering stays visible.
     *
     * <p>{@code known} is the head this sequencer left last time (null: unknown). When the chain
     * still ends there, nobody changed it since: the checkpoint is read only when one is due, which
     * spares most batches two queries.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result sequence(long schoolId, int max, boolean checkpoint, Head known) {
        em.setProperty(SchoolOwned.TENANT_PROPERTY, schoolId);
        // one sequencer per school at a time, also with several servers on one database; teachers'
        // saves no longer take this lock, so it is held only against another sequencer
        em.createNativeQuery("select id from school where id = ?1 " + lockClause)
                .setParameter(1, schoolId)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .getSingleResult();
        List<AuditEntry> pending =
                em.createNamedQuery("AuditEntry.pending", AuditEntry.class)
                        .setMaxResults(max)
                        .getResultList();
        if (pending.isEmpty() && !checkpoint) {
            return new Result(0, known);
        }
        Instant now = clock.instant();
        AuditEntry previous = first(em.createNamedQuery("AuditEntry.last", AuditEntry.class));
        boolean unchanged =
                known != null
                        && previous != null
                        && previous.getSeq() == known.seq()
                        && previous.getHash().equals(known.hash());
        Instant signedAt = unchanged ? known.signedAt() : null;
        boolean due = !unchanged || checkpoint || signedAt == null || expired(signedAt, now);
        long signedSeq = Long.MAX_VALUE;
        if (due) {
            AuditCheckpoint latest =
                    first(em.createNamedQuery("AuditCheckpoint.latest", AuditCheckpoint.class));
            if (latest != null) {
                requireReaches(schoolId, previous, latest);
            }
            signedAt = latest == null ? null : latest.getSignedAt();
            signedSeq = latest == null ? 0 : latest.getSeq();
        }
        for (AuditEntry entry : pending) {
            entry.chainAfter(previous);
            previous = entry;
        }
        if (previous != null
                && previous.getSeq() > signedSeq
                && (checkpoint || signedAt == null || expired(signedAt, now))) {
            String text =
                    AuditCheckpoint.text(schoolId, previous.getSeq(), previous.getHash(), now);
            em.persist(
                    new AuditCheckpoint(
                            previous.getSeq(),
                            previous.getHash(),
                            now,
                            signer.keyId(),
                            signer.sign(text)));
            signedAt = now;
        }
        em.flush();
        return new Result(
                pending.size(),
                previous == null
                        ? null
                        : new Head(previous.getSeq(), previous.getHash(), signedAt));
    }

    private static boolean expired(Instant signedAt, Instant now) {
        return signedAt.plus(CHECKPOINT_EVERY).isBefore(now);
    }

    private void requireReaches(long schoolId, AuditEntry last, AuditCheckpoint head) {
        AuditEntry atHead =
                last == null || last.getSeq() < head.getSeq()
                        ? null
                        : last.getSeq() == head.getSeq()
                                ? last
                                : first(
                                        em.createNamedQuery("AuditEntry.atSeq", AuditEntry.class)
                                                .setParameter("seq", head.getSeq()));
        if (atHead == null || !atHead.getHash().equals(head.getHash())) {
            throw new IllegalStateException(
                    "the audit chain of school "
                            + schoolId
                            + " no longer reaches its signed head "
                            + head.getSeq()
                            + ": not extended until it is restored");
        }
    }

    private static <T> T first(jakarta.persistence.TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** Chooses the row lock for this database (see {@link #lockClause}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void detectDatabase() {
        try (var c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            lockClause = product.contains("postgres") ? "for no key update" : "for update";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database jdbc/journal is", e);
        }
    }

    /** The schools that have pending entries (across tenants: plain SQL). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> schoolsWithPending() {
        try (var c = dataSource.getConnection();
                var s =
                        c.prepareStatement(
                                "select distinct school_id from audit_entry where seq is null"
                                        + " order by school_id");
                var rows = s.executeQuery()) {
            List<Long> schools = new ArrayList<>();
            while (rows.next()) {
                schools.add(rows.getLong(1));
            }
            return schools;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the audit trail's pending entries", e);
        }
    }

    /** The lag of the whole municipality: every school's pending entries. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Lag lag() {
        try (var c = dataSource.getConnection();
                var s =
                        c.prepareStatement(
                                "select count(*), min(at) from audit_entry where seq is null");
                var rows = s.executeQuery()) {
            rows.next();
            OffsetDateTime oldest = rows.getObject(2, OffsetDateTime.class);
            return new Lag(rows.getLong(1), oldest == null ? null : oldest.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure the audit sequencer's lag", e);
        }
    }
}
