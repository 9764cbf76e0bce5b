package org.schooljournal.timetable.control;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.Set;

/**
 * A timetable slot as the rules see it: which class (0 for a stream, which has none), study group
 * (null: the whole class), pupils, teacher and room are busy on a weekday at a lesson number, and
 * with which teaching assignment. {@code title} names the class or group; {@code pupils} are the
 * group's members, or the class's pupils for a whole-class slot.
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
        int lessonNumber,
        Long groupId,
        Set<Long> pupils) {

    /** A whole-class slot whose pupils the rules need not know (no stream in the school). */
    public Slot(
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
        this(
                entryId,
                assignmentId,
                classId,
                classTitle,
                teacherId,
                teacherName,
                subject,
                room,
                weekday,
                lessonNumber,
                null,
                Set.of());
    }

    boolean sameTime(Slot other) {
        return weekday == other.weekday && lessonNumber == other.lessonNumber;
    }

    /**
     * R-S06: whether the two slots need the same pupils. Within a class the whole class needs
     * everyone; two groups (of one class, or streams across classes) only their members.
     */
    public boolean sharesPupils(Slot other) {
        boolean sameClass = classId != 0 && classId == other.classId;
        if (sameClass && (groupId == null || other.groupId == null)) {
            return true;
        }
        if (groupId != null && groupId.equals(other.groupId)) {
            return true;
        }
        return !Collections.disjoint(pupils, other.pupils);
    }
}
