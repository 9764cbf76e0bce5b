package org.schooljournal.oversight.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How complete and timely each journal is kept (R-C07; {@code CompletenessScore}), worst first. The
 * shares are percentages with one decimal.
 */
public record CompletenessReport(String period, LocalDate from, LocalDate to, List<Line> lines) {
    public record Line(
            long assignmentId,
            String classTitle,
            String subject,
            String teacher,
            long lessons,
            BigDecimal topics,
            BigDecimal homework,
            BigDecimal marks,
            BigDecimal density,
            BigDecimal fulfilment,
            BigDecimal score,
            String month) {}
}
