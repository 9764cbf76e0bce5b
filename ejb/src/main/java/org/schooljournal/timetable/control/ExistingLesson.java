package org.schooljournal.timetable.control;

import java.time.LocalDate;

/** A lesson already in the journal, and whether anything was recorded in it (marks, ...). */
public record ExistingLesson(
        long id, long assignmentId, LocalDate date, int number, boolean recorded) {
    PlannedLesson key() {
        return new PlannedLesson(assignmentId, date, number);
    }
}
