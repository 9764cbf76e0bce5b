package org.schooljournal.timetable.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A teacher's week for the deputy head (R-S11, R-S08): its slots, its weekly lessons in the
 * timetable and the weekly hours of its teaching assignments, so a mismatch shows.
 */
public record StaffWeek(
        long staffId, String teacher, WeekGrid week, int lessons, BigDecimal assignedHours)
        implements Serializable {

    /** A teacher to choose: one with a teaching assignment. */
    public record Choice(long staffId, String name) implements Serializable {}

    /** Whether the timetable holds as many weekly lessons as the teacher has hours assigned. */
    public boolean matches() {
        return assignedHours.compareTo(BigDecimal.valueOf(lessons)) == 0;
    }
}
