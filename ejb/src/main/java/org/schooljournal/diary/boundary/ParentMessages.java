package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.schooljournal.diary.entity.ParentMessage;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * R-J13: the journal's teacher writes a message or a recommendation to the parents of a pupil the
 * journal lists; the parents (and the pupil) read it in the diary.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.TEACHER)
public class ParentMessages {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject LessonAccess access;

    @Inject JournalRoster roster;

    public MessageView post(
            long assignmentId,
            long pupilId,
            @NotNull ParentMessage.Kind kind,
            @Size(max = ParentMessage.MAX_BODY) String body) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null || roster.stintOf(a, pupil) == null) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        ParentMessage m =
                new ParentMessage(
                        assignmentId, pupilId, kind, body, caller.login(), clock.instant());
        em.persist(m);
        em.flush();
        return view(m, a);
    }

    static MessageView view(ParentMessage m, TeachingAssignment a) {
        return new MessageView(
                m.getId(),
                m.getKind().name(),
                a.getSubject().getName(),
                a.getTeacher().getShortName(),
                m.getBody(),
                m.getCreatedAt());
    }
}
