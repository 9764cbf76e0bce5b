package org.schooljournal.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.audit.control.AuditSequencer;
import org.schooljournal.audit.control.HeadSigner;
import org.schooljournal.audit.entity.AuditCheckpoint;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;

/**
 * Reading the audit trail (R-A08): a journal's or a cell's history, and the check that the school's
 * chain is intact. Whoever may read a journal may read its history (the journal's {@link
 * LessonAccess} decides); the whole-school check is the head's and the deputy's. Both first ask the
 * sequencer to integrate the school's pending entries (issue 11), so a reader sees the entries'
 * positions; when it cannot, pending entries are shown without one and counted apart.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.TEACHER, Role.CLASS_TEACHER})
public class AuditTrails {
    @PersistenceContext EntityManager em;

    @Inject LessonAccess access;

    @EJB AuditSequencer sequencer;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject HeadSigner signer;

    /** A journal's entries, or one cell's when {@code lessonId} and {@code pupilId} are given. */
    public List<AuditData> ofJournal(long assignmentId, Long lessonId, Long pupilId) {
        access.readable(assignmentId);
        sequencer.drain(caller.schoolId());
        var query =
                lessonId != null && pupilId != null
                        ? em.createNamedQuery("AuditEntry.ofCell", AuditEntry.class)
                                .setParameter("lessonId", lessonId)
                                .setParameter("pupilId", pupilId)
                        : em.createNamedQuery("AuditEntry.ofAssignment", AuditEntry.class)
                                .setParameter("assignmentId", assignmentId);
        return query.getResultList().stream()
                .filter(e -> e.getAssignmentId() == assignmentId)
                .map(AuditTrails::view)
                .toList();
    }

    /**
     * Re-hashes the school's whole chain up to its last sequenced entry and holds it to its latest
     * signed checkpoint; the first entry that does not fit (or, after a cut, the first missing one)
     * is named. Entries still pending are counted, never taken for tampering.
     */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public ChainCheck verify() {
        sequencer.drain(caller.schoolId());
        List<AuditChain.Link> links =
                em.createNamedQuery("AuditEntry.chain", AuditEntry.class).getResultList().stream()
                        .map(AuditEntry::link)
                        .toList();
        Long broken = AuditChain.firstBroken(links).orElse(null);
        AuditCheckpoint head =
                em.createNamedQuery("AuditCheckpoint.latest", AuditCheckpoint.class)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (head != null) {
            // a tail cut after the signed head, or a head whose signature does not hold
            Long missed =
                    signer.verifies(
                                    head.text(caller.schoolId()),
                                    head.getSignature(),
                                    head.getKeyId())
                            ? AuditChain.missesHead(links, head.getSeq(), head.getHash())
                                    .orElse(null)
                            : Long.valueOf(head.getSeq());
            if (missed != null && (broken == null || missed < broken)) {
                broken = missed;
            }
        }
        AuditLag lag = lag();
        return new ChainCheck(
                links.size(),
                broken == null,
                broken,
                lag.pending(),
                lag.oldestSeconds(),
                head == null ? null : head.getSeq());
    }

    /** The school's latest {@code max} entries, newest first, pending ones without a position. */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public List<AuditData> recent(int max) {
        return em
                .createNamedQuery("AuditEntry.recent", AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList()
                .stream()
                .map(AuditTrails::view)
                .toList();
    }

    /** The school's entries not yet sequenced, and the oldest one's age (the deputy's view). */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public AuditLag lag() {
        Object[] row = em.createNamedQuery("AuditEntry.lag", Object[].class).getSingleResult();
        Instant oldest = instant(row[1]);
        return new AuditLag(
                ((Number) row[0]).longValue(),
                oldest == null
                        ? null
                        : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
    }

    /** An aggregate's time as the JPA provider hands it over (the mapping's type or JDBC's). */
    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static AuditData view(AuditEntry e) {
        return new AuditData(
                e.getSeq(),
                e.getAt(),
                e.getActor(),
                e.getRemoteAddress(),
                e.getSubject().name(),
                e.getLessonId(),
                e.getPupilId(),
                e.getDetail(),
                e.getOldValue(),
                e.getNewValue());
    }
}
