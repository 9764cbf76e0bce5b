package org.schooljournal.journal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.schooljournal.journal.control.CellGuard;
import org.schooljournal.journal.control.CellText;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.journal.entity.WorkType;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;

/**
 * A grid cell written as a whole (R-J01, R-J05): the text the teacher typed («Б/4», «5/4к») and the
 * text it replaces, in one transaction. Either every mark and the attendance of the cell change, or
 * nothing does (a refused mark leaves the cell as it was); a cell someone else changed meanwhile is
 * refused with what it holds now. The grid sends one request per cell, so a dropped connection
 * never leaves half a cell.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.TEACHER)
public class Cells {
    @Inject LessonAccess access;

    @Inject CellGuard guard;

    @EJB Marks marks;

    @EJB Attendances attendances;

    /**
     * Makes the cell read {@code text}; refused (CONFLICT, with the current text) when it no longer
     * reads {@code expected}.
     *
     * @return the cell's text as the server writes it, and whether an entry was late
     */
    public CellData write(
            long lessonId,
            long pupilId,
            @NotNull @Size(max = CellText.MAX_LENGTH) String text,
            @NotNull @Size(max = CellText.MAX_LENGTH) String expected) {
        Lesson lesson = access.writable(lessonId);
        CellText.Parts after = CellText.parse(text);
        guard.lock(lesson);
        if (CellText.of(after).equals(guard.text(lessonId, pupilId))) {
            // Already so: a write whose answer was lost on the way back and is sent again
            // (the grid's queue) must not be refused as stale nor stored twice.
            return new CellData(lessonId, pupilId, CellText.of(after), false);
        }
        guard.expect(lesson, pupilId, expected);
        CellText.Parts before = CellText.parse(guard.text(lessonId, pupilId));
        boolean late = false;
        // New entries first: a refused one fails the whole cell before anything is removed.
        for (var mark : after.marks().entrySet()) {
            if (!mark.getValue().equals(before.marks().get(mark.getKey()))) {
                late |= marks.put(lessonId, pupilId, mark.getKey(), mark.getValue(), null).late();
            }
        }
        if (after.attendance() != null
                && !Objects.equals(after.attendance(), before.attendance())) {
            late |= attendances.put(lessonId, pupilId, after.attendance(), null).late();
        }
        for (WorkType type : before.marks().keySet()) {
            if (!after.marks().containsKey(type)) {
                marks.remove(lessonId, pupilId, type, null);
            }
        }
        if (before.attendance() != null && after.attendance() == null) {
            attendances.remove(lessonId, pupilId, null);
        }
        return new CellData(lessonId, pupilId, guard.text(lessonId, pupilId), late);
    }
}
