package org.schooljournal.journal.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A journal's period marks column (R-J07 to R-J11): per pupil the average of the period's marks,
 * how many there were, the suggested mark, and the mark set (or its deferral); whether the period
 * is closed.
 */
public record PeriodSheet(
        long assignmentId,
        long periodId,
        String period,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean locked,
        List<Row> rows) {

    public record Row(
            long pupilId,
            String name,
            BigDecimal average,
            int marks,
            String suggested,
            String value,
            String reason,
            LocalDate deferredUntil) {}
}
