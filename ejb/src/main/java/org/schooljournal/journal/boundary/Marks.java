package org.schooljournal.journal.boundary;

import static org.schooljournal.journal.control.JournalChange.Subject.MARK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.schooljournal.journal.control.CellGuard;
import org.schooljournal.journal.control.EntryDeadline;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.control.SchoolWorkTypes;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * Entering marks (R-J05). Only the teacher of the journal writes in it (R-A03); the pupil must be
 * in the lesson's class, the lesson must have taken place and lie in a study period of its grade.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.TEACHER)
public class Marks {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject SchoolClock schoolClock;

    @Inject LessonAccess access;

    /** R-A08: every change is recorded by whoever observes it (the audit trail). */
    @Inject Event<JournalChange> changes;

    @Inject CellGuard cells;

    @Inject SchoolWorkTypes workTypes;

    /** Sets the mark of a cell for a work type, creating it if the cell was empty. */
    public MarkData put(
            long lessonId,
            long pupilId,
            @NotNull WorkType workType,
            @NotBlank @Size(max = 3) String value) {
        return put(lessonId, pupilId, workType, value, null);
    }

    /**
     * As {@link #put(long, long, WorkType, String)}, refused when the cell no longer reads {@code
     * expected} (the text the teacher saw; null: not checked).
     */
    public MarkData put(
            long lessonId,
            long pupilId,
            @NotNull WorkType workType,
            @NotBlank @Size(max = 3) String value,
            @Size(max = 40) String expected) {
        Lesson lesson = access.writable(lessonId);
        access.requireInPeriod(lesson);
        if (!workTypes.used().contains(workType)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "workTypes.notUsed", workType.name());
        }
        Pupil pupil = access.listed(lesson, pupilId);
        access.requireHeld(lesson, "mark.lessonInFuture");
        // the cell read once under the lesson's lock: the mark to change and the text after it
        CellGuard.Cell cell = cells.expectCell(lesson, pupilId, expected);
        Mark mark = cell.mark(workType);
        String old = mark == null ? null : mark.getValue();
        if (mark == null) {
            mark = new Mark(lesson, pupil, workType, value, caller.login(), clock.instant());
            em.persist(mark);
            cell.put(mark);
        } else {
            mark.change(value, caller.login(), clock.instant());
        }
        mark.checkDeadline(EntryDeadline.forMark(workType, lesson.getDate(), schoolClock.zone()));
        changes.fire(
                JournalChange.of(MARK, lesson, pupilId, workType.name(), old, mark.getValue()));
        em.flush();
        return view(mark, cell.text());
    }

    /**
     * Clears a cell's mark of a work type; clearing an empty cell is not an error. Answers the
     * cell's text after it.
     */
    public String remove(
            long lessonId,
            long pupilId,
            @NotNull WorkType workType,
            @Size(max = 40) String expected) {
        Lesson lesson = access.writable(lessonId);
        cells.expect(lesson, pupilId, expected);
        em.createNamedQuery("Mark.inCell", Mark.class)
                .setParameter("lessonId", lessonId)
                .setParameter("pupilId", pupilId)
                .setParameter("workType", workType)
                .getResultStream()
                .forEach(
                        m -> {
                            changes.fire(
                                    JournalChange.of(
                                            MARK,
                                            lesson,
                                            pupilId,
                                            workType.name(),
                                            m.getValue(),
                                            null));
                            em.remove(m);
                        });
        return cells.text(lessonId, pupilId);
    }

    public static MarkData view(Mark m) {
        return view(m, null);
    }

    private static MarkData view(Mark m, String cell) {
        return new MarkData(
                m.getId(),
                m.getLesson().getId(),
                m.getPupil().getId(),
                m.getLesson().getDate(),
                m.getLesson().getAssignment().getSubject().getName(),
                m.getWorkType().name(),
                m.getValue(),
                m.getEnteredAt(),
                m.getVersion(),
                m.isLate(),
                cell);
    }
}
