package org.schooljournal.oversight.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One finding of the timeliness check (R-C01, R-C02): a lesson's topic, marks of a work type,
 * homework or attendance entered late, changed after its deadline, or missing. {@code enteredAt} is
 * the audit trail's time of the latest entry that set a value where there was none, {@code
 * changedAt} of the latest change or removal (null: none, or missing); {@code entries} how many
 * audit entries there are. {@code month} (yyyy-MM) with {@code assignmentId} opens the journal's
 * page.
 */
public record LateEntry(
        long lessonId,
        long assignmentId,
        LocalDate date,
        int lessonNumber,
        String classTitle,
        String subject,
        String teacher,
        String kind,
        String workType,
        String finding,
        Instant deadline,
        Instant enteredAt,
        Instant changedAt,
        long entries,
        String month) {}
