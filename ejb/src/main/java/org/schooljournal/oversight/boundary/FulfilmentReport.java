package org.schooljournal.oversight.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Curriculum fulfilment (R-C01, R-C08) from the period's start to {@code to} (today while it runs):
 * per journal, and per profile of study. The school's classes have no profile of their own, so a
 * «profile» is the grade with the curriculum it follows (the basic plan, {@code ""}).
 */
public record FulfilmentReport(
        String period, LocalDate from, LocalDate to, List<Line> lines, List<Profile> profiles) {
    /**
     * A journal: weekly hours (null: neither the journal nor the curriculum has them), study weeks
     * elapsed, lessons the curriculum plans to date, the timetable's lessons to date, given; the
     * КТП's hours of the year (0: no КТП), those due, lessons given in the year and the deviation
     * (+ ahead, − behind). {@code month} (yyyy-MM) with {@code assignmentId} opens the journal.
     */
    public record Line(
            long assignmentId,
            String classTitle,
            int grade,
            String subject,
            String teacher,
            BigDecimal hoursPerWeek,
            BigDecimal weeks,
            long planned,
            long scheduled,
            long given,
            long substituted,
            BigDecimal percent,
            long ktpHours,
            long ktpDue,
            long givenYear,
            long ktpDeviation,
            String month) {}

    /** A grade and curriculum: its journals' lessons planned and given, and КТП lessons behind. */
    public record Profile(
            int grade,
            String profile,
            int journals,
            long planned,
            long given,
            BigDecimal percent,
            long ktpBehind) {}
}
