package org.schooljournal.journal.boundary;

import static org.schooljournal.journal.control.JournalChange.Subject.ATTENDANCE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.schooljournal.journal.control.CellGuard;
import org.schooljournal.journal.control.EntryDeadline;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.entity.Attendance;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;

/**
 * Attendance (R-J04): the journal's teacher marks a pupil absent (illness, excused, unexcused) or
 * late, on the day of the lesson; a later entry is kept but flagged. Only for a lesson that lies in
 * a study period of its grade, where the absence counts (R-J12).
 */
@Stateless
@Tenanted
@RolesAllowed(Role.TEACHER)
public class Attendances {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject SchoolClock schoolClock;

    @Inject LessonAccess access;

    /** R-A08: every change is recorded by whoever observes it (the audit trail). */
    @Inject Event<JournalChange> changes;

    @Inject CellGuard cells;

    public EntryData put(long lessonId, long pupilId, @NotNull AttendanceKind kind) {
        return put(lessonId, pupilId, kind, null);
    }

    /** Refused when the cell no longer reads {@code expected} (null: not checked). */
    public EntryData put(
            long lessonId,
            long pupilId,
            @NotNull AttendanceKind kind,
            @Size(max = 40) String expected) {
        Lesson lesson = access.writable(lessonId);
        access.requireInPeriod(lesson);
        Pupil pupil = access.listed(lesson, pupilId);
        access.requireHeld(lesson, "attendance.lessonInFuture");
        // the cell read once under the lesson's lock: the entry to change and the text after it
        CellGuard.Cell cell = cells.expectCell(lesson, pupilId, expected);
        Attendance attendance =
                cell.attendance() != null ? cell.attendance() : new Attendance(lesson, pupil);
        String old = attendance.getKind() == null ? null : attendance.getKind().code();
        attendance.record(
                kind,
                caller.login(),
                access.now(),
                EntryDeadline.forAttendance(lesson.getDate(), schoolClock.zone()));
        if (attendance.getId() == null) {
            em.persist(attendance);
            cell.put(attendance);
        }
        changes.fire(JournalChange.of(ATTENDANCE, lesson, pupilId, null, old, kind.code()));
        em.flush();
        return new EntryData(
                lessonId,
                pupilId,
                kind.code(),
                attendance.getEnteredAt(),
                attendance.isLate(),
                cell.text());
    }

    /**
     * The pupil was there after all; clearing an empty cell is not an error. Answers the cell's
     * text after it.
     */
    public String remove(long lessonId, long pupilId, @Size(max = 40) String expected) {
        Lesson lesson = access.writable(lessonId);
        cells.expect(lesson, pupilId, expected);
        em.createNamedQuery("Attendance.inCell", Attendance.class)
                .setParameter("lessonId", lessonId)
                .setParameter("pupilId", pupilId)
                .getResultStream()
                .forEach(
                        a -> {
                            changes.fire(
                                    JournalChange.of(
                                            ATTENDANCE,
                                            lesson,
                                            pupilId,
                                            null,
                                            a.getKind().code(),
                                            null));
                            em.remove(a);
                        });
        return cells.text(lessonId, pupilId);
    }
}
