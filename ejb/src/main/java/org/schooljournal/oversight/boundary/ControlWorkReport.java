package org.schooljournal.oversight.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The results of the ВШК schedule's control works in a period (R-C04): per work its class, subject,
 * teachers, the distribution of the marks written that day against the same pupils' period marks;
 * per teacher the same summed over its works.
 */
public record ControlWorkReport(
        String period,
        LocalDate from,
        LocalDate to,
        List<Work> works,
        List<TeacherTotal> teachers) {

    /** How a group of pupils wrote: «5», «4», «3», «2» (and «1»), no mark, the rates. */
    public record Counts(
            long pupils,
            long five,
            long four,
            long three,
            long two,
            long notWritten,
            BigDecimal average,
            BigDecimal successRate,
            BigDecimal qualityRate) {}

    /**
     * One control work: {@code written} its marks; {@code period} the period marks of the same
     * pupils in the subject (no period mark yet: «not written»); {@code confirmed}, {@code above},
     * {@code below}: pupils whose work mark equals, exceeds, falls below their period mark.
     */
    public record Work(
            long id,
            LocalDate date,
            long classId,
            String classTitle,
            String subject,
            String teacher,
            String form,
            String topic,
            Counts written,
            Counts period,
            long confirmed,
            long above,
            long below) {}

    /** A teacher's works of the period together. */
    public record TeacherTotal(String teacher, long works, Counts written, Counts period) {}
}
