package org.schooljournal.timetable.control;

import java.time.LocalDate;

/** A lesson the timetable asks for: an assignment on a date at a lesson number. */
public record PlannedLesson(long assignmentId, LocalDate date, int number) {}
