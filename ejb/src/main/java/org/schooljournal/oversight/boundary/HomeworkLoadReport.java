package org.schooljournal.oversight.boundary;

import java.time.LocalDate;
import java.util.List;
import org.schooljournal.oversight.control.HomeworkNorms;

/**
 * Homework volume against the age norms (the deputy's item 13; {@code HomeworkNorms}): the days of
 * the classes whose homework sums above the grade's limit, out of {@code daysChecked} class-days
 * with homework.
 */
public record HomeworkLoadReport(
        String period, LocalDate from, LocalDate to, long daysChecked, List<Day> days) {
    /**
     * The minutes a homework counts when neither its teacher nor its subject says: the model's
     * default, for the screens that explain it (the subjects' homework minutes).
     */
    public static final int DEFAULT_HOMEWORK_MINUTES = HomeworkNorms.DEFAULT_MINUTES;

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
