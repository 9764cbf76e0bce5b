package org.schooljournal.timetable.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A week as the deputy's views show it (R-S11): what stands in each slot, keyed "weekday:number"
 * (ISO weekday, 1 = Monday), and the weekdays and lesson numbers that have anything. A slot holds a
 * list because data from before the clash rules may hold two lessons at once.
 */
public record WeekGrid(List<Integer> weekdays, List<Integer> numbers, Map<String, List<Cell>> cells)
        implements Serializable {

    /** A lesson in a slot: the class, the subject, the teacher and the room (null: none set). */
    public record Cell(String classTitle, String subject, String teacher, String room)
            implements Serializable {}

    public List<Cell> at(int weekday, int number) {
        return cells.getOrDefault(WeekData.key(weekday, number), List.of());
    }
}
