package org.schooljournal.timetable.control;

import java.time.DayOfWeek;

/**
 * A timetable slot as the rules see it: which class, teacher and room are busy on a weekday at a
 * lesson number, and with which teaching assignment.
 */
public record Slot(
        Long entryId,
        long assignmentId,
        long classId,
        String classTitle,
        long teacherId,
        String teacherName,
        String subject,
        String room,
        DayOfWeek weekday,
        int lessonNumber) {

    boolean sameTime(Slot other) {
        return weekday == other.weekday && lessonNumber == other.lessonNumber;
    }
}
