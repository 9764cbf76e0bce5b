package org.schooljournal.oversight.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Homework volume against the age norms (the deputy's item 13; {@code HomeworkNorms}): the days of
 * the classes whose homework sums above the grade's limit, out of {@code daysChecked} class-days
 * with homework.
 */
public record HomeworkLoadReport(
        String period, LocalDate from, LocalDate to, long daysChecked, List<Day> days) {
    /** A class's day: homeworks set, their minutes, the limit; the class's first journal links. */
    public record Day(
            long classId,
            String classTitle,
            int grade,
            LocalDate date,
            long homeworks,
            long minutes,
            int limit,
            long assignmentId,
            String month) {}
}
