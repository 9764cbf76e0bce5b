package org.schooljournal.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;

/**
 * Reading the audit trail (R-A08): a journal's or a cell's history, and the check that the school's
 * chain is intact. Whoever may read a journal may read its history (the journal's {@link
 * LessonAccess} decides); the whole-school check is the head's and the deputy's.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.TEACHER, Role.CLASS_TEACHER})
public class AuditTrails {
    @PersistenceContext EntityManager em;

    @Inject LessonAccess access;

    /** A journal's entries, or one cell's when {@code lessonId} and {@code pupilId} are given. */
    public List<AuditData> ofJournal(long assignmentId, Long lessonId, Long pupilId) {
        access.readable(assignmentId);
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

    /** Re-hashes the school's whole chain; the first entry that does not fit is named. */
    @RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
    public ChainCheck verify() {
        List<AuditChain.Link> links =
                em.createNamedQuery("AuditEntry.chain", AuditEntry.class).getResultList().stream()
                        .map(AuditEntry::link)
                        .toList();
        Long broken = AuditChain.firstBroken(links).orElse(null);
        return new ChainCheck(links.size(), broken == null, broken);
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
