package org.schooljournal.journal.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A journal's period marks column (R-J07 to R-J11): per pupil the average of the period's marks,
 * how many there were, the suggested mark, and the mark set (or its deferral); whether the period
 * is closed; {@code editable}: the caller is the journal's teacher; {@code inputs}: the period's
 * marks in date order with their work-type letters, so the average can be checked by eye.
 */
public record PeriodSheet(
        long assignmentId,
        String journal,
        boolean editable,
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
            String inputs,
            String suggested,
            String value,
            String reason,
            LocalDate deferredUntil)
            implements FinalMarkRow {}
}
