package org.schooljournal.demo.control;

import java.time.DayOfWeek;

/**
 * One weekly lesson of a class's timetable (R-S11): which journal, on which day, as which lesson of
 * the day, in which room.
 */
public record DemoTimetableEntry(
        DemoAssignment assignment, DayOfWeek weekday, int number, DemoRoom room) {}
