package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.diary.entity.ParentMessage;
import org.schooljournal.journal.boundary.MarkData;
import org.schooljournal.journal.boundary.Marks;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * The diary (R-D01): a parent reads only its own children, a pupil only itself (R-A03). Another
 * school's pupil is "not found", exactly like a missing one.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.PARENT, Role.PUPIL})
public class Diary {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    public List<Child> children() {
        String query = caller.has(Role.PARENT) ? "Pupil.ofGuardianAccount" : "Pupil.ofAccount";
        return em
                .createNamedQuery(query, Pupil.class)
                .setParameter("accountId", caller.accountId())
                .getResultList()
                .stream()
                .map(p -> new Child(p.getId(), p.getFullName(), p.getSchoolClass().getTitle()))
                .toList();
    }

    public List<MarkData> marks(long pupilId, @NotNull LocalDate from, @NotNull LocalDate to) {
        readable(pupilId);
        return em
                .createNamedQuery("Mark.ofPupil", Mark.class)
                .setParameter("pupilId", pupilId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(Marks::view)
                .toList();
    }

    /** R-J13: the teachers' messages and recommendations about the child, newest first. */
    public List<MessageData> messages(long pupilId) {
        readable(pupilId);
        return em
                .createNamedQuery("ParentMessage.ofPupil", ParentMessage.class)
                .setParameter("pupilId", pupilId)
                .getResultList()
                .stream()
                .map(
                        m ->
                                ParentMessages.view(
                                        m, em.find(TeachingAssignment.class, m.getAssignmentId())))
                .toList();
    }

    private Pupil readable(long pupilId) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        boolean own =
                pupil.isGuardedBy(caller.accountId())
                        || caller.accountId().equals(pupil.getAccountId());
        if (!own) {
            throw JournalException.forbidden();
        }
        return pupil;
    }
}
