package org.schooljournal.timetable.boundary;

import java.util.List;
import java.util.Map;

/**
 * A class's week as the timetable editor shows it: the subjects it can be given (its teaching
 * assignments) and what stands in each slot, keyed "weekday:number" (ISO weekday, 1 = Monday).
 */
public record WeekView(
        long classId,
        String classTitle,
        int weekDays,
        List<Choice> choices,
        Map<String, Cell> cells) {

    /** A teaching assignment of the class that can be placed in a slot. */
    public record Choice(long assignmentId, String subject, String teacher) {}

    /** What stands in a slot. */
    public record Cell(
            long entryId, long assignmentId, String subject, String teacher, String room) {}

    public static String key(int weekday, int number) {
        return weekday + ":" + number;
    }

    public Cell at(int weekday, int number) {
        return cells.get(key(weekday, number));
    }
}
