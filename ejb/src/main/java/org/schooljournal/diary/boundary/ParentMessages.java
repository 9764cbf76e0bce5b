package org.schooljournal.diary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.schooljournal.diary.entity.ParentMessage;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.people.control.Movements;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
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

    @Inject SchoolClock schoolClock;

    @Inject LessonAccess access;

    @Inject JournalRoster roster;

    /** The kinds a journal's teacher may send from the journal (not a reminder: R-A06). */
    public static ParentMessage.Kind[] journalKinds() {
        return Arrays.stream(ParentMessage.Kind.values())
                .filter(ParentMessage.Kind::fromJournal)
                .toArray(ParentMessage.Kind[]::new);
    }

    public MessageData post(
            long assignmentId,
            long pupilId,
            @NotNull ParentMessage.Kind kind,
            @Size(max = ParentMessage.MAX_BODY) String body) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        if (!kind.fromJournal()) {
            // a reminder to look at the diary is the homeroom teacher's (R-A06), not a journal's
            throw new JournalException(JournalException.Kind.INVALID, "message.reminderKind");
        }
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

    /**
     * What the journal's teacher needs to write (R-J13): the pupils the journal lists since the
     * school year began (1 September), and the messages sent from the journal, newest first. Only
     * the journal's teacher reads it.
     */
    public MessageForm form(long assignmentId) {
        TeachingAssignment a = access.writableJournal(assignmentId);
        LocalDate today = schoolClock.today();
        LocalDate yearStart =
                LocalDate.of(
                        today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
        List<MessageForm.Pupil> pupils =
                roster.of(a, yearStart, today).stream()
                        .map(s -> new MessageForm.Pupil(s.pupilId(), s.name()))
                        .toList();
        List<MessageForm.Sent> sent =
                em
                        .createNamedQuery("ParentMessage.ofJournal", Object[].class)
                        .setParameter("assignmentId", assignmentId)
                        .getResultList()
                        .stream()
                        .map(
                                r -> {
                                    ParentMessage m = (ParentMessage) r[0];
                                    return new MessageForm.Sent(
                                            m.getId(),
                                            Movements.shortName((Pupil) r[1]),
                                            m.getKind().name(),
                                            m.getBody(),
                                            m.getCreatedAt());
                                })
                        .toList();
        return new MessageForm(a.getId(), a.getTitle(), a.getSubject().getName(), pupils, sent);
    }

    /** The message as the diary shows it; {@code a} null for a reminder (R-A06), of no journal. */
    static MessageData view(ParentMessage m, TeachingAssignment a) {
        return new MessageData(
                m.getId(),
                m.getKind().name(),
                a == null ? null : a.getSubject().getName(),
                a == null ? null : a.getTeacher().getShortName(),
                m.getBody(),
                m.getCreatedAt());
    }
}
