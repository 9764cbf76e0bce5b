package org.schooljournal.journal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.schooljournal.journal.control.JournalRoster;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * Entering marks (R-J05). Only the teacher of the journal writes in it (R-A03); the pupil must be
 * in the lesson's class and the lesson must have taken place.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.TEACHER)
public class Marks {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject JournalRoster roster;

    /** Sets the mark of a cell for a work type, creating it if the cell was empty. */
    public MarkView put(
            long lessonId,
            long pupilId,
            @NotNull WorkType workType,
            @NotBlank @Size(max = 3) String value) {
        Lesson lesson = writableLesson(lessonId);
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        var stint = roster.stintOf(lesson.getAssignment(), pupil);
        if (stint == null || !stint.covers(lesson.getDate())) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    lesson.getAssignment().isWholeClass()
                            ? "mark.pupilNotEnrolled"
                            : "mark.pupilNotInGroup",
                    pupil.getFullName(),
                    lesson.getAssignment().getTitle(),
                    Dates.shown(lesson.getDate()));
        }
        if (lesson.getDate().isAfter(LocalDate.now(clock))) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "mark.lessonInFuture", lesson.getDate());
        }
        Mark mark =
                em.createNamedQuery("Mark.inCell", Mark.class)
                        .setParameter("lessonId", lessonId)
                        .setParameter("pupilId", pupilId)
                        .setParameter("workType", workType)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (mark == null) {
            mark = new Mark(lesson, pupil, workType, value, caller.login(), clock.instant());
            em.persist(mark);
        } else {
            mark.change(value, caller.login(), clock.instant());
        }
        em.flush();
        return view(mark);
    }

    /** Clears a cell's mark of a work type; clearing an empty cell is not an error. */
    public void remove(long lessonId, long pupilId, @NotNull WorkType workType) {
        writableLesson(lessonId);
        em.createNamedQuery("Mark.inCell", Mark.class)
                .setParameter("lessonId", lessonId)
                .setParameter("pupilId", pupilId)
                .setParameter("workType", workType)
                .getResultStream()
                .forEach(em::remove);
    }

    private Lesson writableLesson(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null) {
            throw JournalException.notFound("lesson " + lessonId);
        }
        if (!lesson.getAssignment().isTaughtBy(caller.accountId())) {
            throw JournalException.forbidden();
        }
        return lesson;
    }

    public static MarkView view(Mark m) {
        return new MarkView(
                m.getId(),
                m.getLesson().getId(),
                m.getPupil().getId(),
                m.getLesson().getDate(),
                m.getLesson().getAssignment().getSubject().getName(),
                m.getWorkType().name(),
                m.getValue(),
                m.getEnteredAt(),
                m.getVersion());
    }
}
