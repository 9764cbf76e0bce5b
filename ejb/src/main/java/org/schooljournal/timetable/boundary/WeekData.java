package org.schooljournal.timetable.boundary;

import java.util.List;
import java.util.Map;

/**
 * A class's week as the timetable editor shows it: the subjects it can be given (its teaching
 * assignments, of the whole class, of its groups and of the streams its pupils are in) and what
 * stands in each slot, keyed "weekday:number" (ISO weekday, 1 = Monday). A slot holds one
 * whole-class lesson or the lessons of groups taught side by side (R-S06).
 */
public record WeekData(
        long classId,
        String classTitle,
        int weekDays,
        List<Choice> choices,
        Map<String, List<Cell>> cells) {

    /** A teaching assignment that can be placed in a slot; {@code group} is null for the class. */
    public record Choice(long assignmentId, String subject, String teacher, String group) {
        public String label() {
            return subject + (group == null ? "" : " · " + group) + " (" + teacher + ")";
        }
    }

    /** What stands in a slot. */
    public record Cell(
            long entryId,
            long assignmentId,
            String subject,
            String teacher,
            String room,
            String group) {}

    public static String key(int weekday, int number) {
        return weekday + ":" + number;
    }

    public List<Cell> at(int weekday, int number) {
        return cells.getOrDefault(key(weekday, number), List.of());
    }
}
