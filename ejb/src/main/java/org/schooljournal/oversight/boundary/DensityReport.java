package org.schooljournal.oversight.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Mark density (R-C01): per journal of the period, the pupils with fewer marks than the school's
 * threshold, and how many days remain before the period ends (negative: it has ended).
 */
public record DensityReport(
        String period,
        LocalDate from,
        LocalDate to,
        int minMarks,
        long daysLeft,
        List<Line> lines) {
    public record Line(
            long assignmentId,
            String classTitle,
            String subject,
            String teacher,
            long pupilId,
            String pupil,
            long marks) {}
}
