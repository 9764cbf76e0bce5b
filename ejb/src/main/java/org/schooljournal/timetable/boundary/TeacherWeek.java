package org.schooljournal.timetable.boundary;

import java.util.List;
import java.util.Map;

/**
 * A teacher's own week (R-S11): what it teaches in each slot, keyed "weekday:number" (ISO weekday,
 * 1 = Monday), and the weekdays and lesson numbers that have anything.
 */
public record TeacherWeek(
        List<Integer> weekdays, List<Integer> numbers, Map<String, String> slots) {
    public String at(int weekday, int number) {
        return slots.getOrDefault(WeekData.key(weekday, number), "");
    }
}
