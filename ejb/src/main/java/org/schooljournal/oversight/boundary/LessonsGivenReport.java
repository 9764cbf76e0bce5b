package org.schooljournal.oversight.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Substituted and missed lessons (the deputy's item 15): lessons given by another teacher than the
 * journal's (by whom, instead of whom) and lessons not given ({@code PlanFulfilment.missed}). Each
 * list shows at most {@code PlanQueries.MAX_LINES} lines.
 */
public record LessonsGivenReport(
        String period, LocalDate from, LocalDate to, List<Line> substituted, List<Line> missed) {
    /** A lesson; {@code substitute} is null for a missed one. */
    public record Line(
            long lessonId,
            long assignmentId,
            LocalDate date,
            int number,
            String classTitle,
            String subject,
            String teacher,
            String substitute,
            String topic,
            String month) {}
}
