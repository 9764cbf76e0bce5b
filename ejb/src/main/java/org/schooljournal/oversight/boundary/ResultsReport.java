package org.schooljournal.oversight.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Success and quality rates of a period (R-C03, R-C04): per class and subject, and per pupil over
 * its subjects, with the counts behind each rate. A rate is null where its base is empty (quality
 * of a pass/fail subject).
 */
public record ResultsReport(String period, List<SubjectLine> subjects, List<PupilLine> pupils) {
    public record SubjectLine(
            long classId,
            String classTitle,
            String subject,
            long pupils,
            long success,
            long quality,
            long deferred,
            long notAttested,
            BigDecimal successRate,
            BigDecimal qualityRate) {}

    public record PupilLine(
            long pupilId,
            String classTitle,
            String pupil,
            long subjects,
            long success,
            long quality,
            long deferred,
            long notAttested,
            BigDecimal successRate,
            BigDecimal qualityRate) {}
}
