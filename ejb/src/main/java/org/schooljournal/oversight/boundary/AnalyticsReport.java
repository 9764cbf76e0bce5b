package org.schooljournal.oversight.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The data of the analytics' charts (R-C09), each the table shown beside its chart. */
public final class AnalyticsReport {
    private AnalyticsReport() {}

    /**
     * A week (from its Monday) of a class's marks in a subject: the average of the five-point marks
     * and how many of each.
     */
    public record MarkWeek(
            LocalDate week,
            long marks,
            BigDecimal average,
            long five,
            long four,
            long three,
            long two) {}

    /** A week of a class's lessons: pupil-lessons given, lessons missed and their share. */
    public record AttendanceWeek(
            LocalDate week, long pupilLessons, long missed, BigDecimal missedRate) {}

    /** A class's success and quality in a period, over all its subjects (R-C03's rule). */
    public record PeriodRates(
            long periodId,
            String period,
            LocalDate startsOn,
            BigDecimal successRate,
            BigDecimal qualityRate) {}

    /** One of a teacher's journals in the period, side by side with its others. */
    public record JournalFigures(
            long assignmentId,
            String classTitle,
            String subject,
            long marks,
            BigDecimal average,
            BigDecimal successRate,
            BigDecimal qualityRate) {}

    public record Marks(String classTitle, String subject, String period, List<MarkWeek> weeks) {}

    public record Attendance(String classTitle, String period, List<AttendanceWeek> weeks) {}

    public record Rates(String classTitle, List<PeriodRates> periods) {}

    public record Teacher(String teacher, String period, List<JournalFigures> journals) {}
}
