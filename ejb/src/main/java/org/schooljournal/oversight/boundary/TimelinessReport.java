package org.schooljournal.oversight.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The timeliness check over a period (R-C01, R-C02): the lessons held in it that were checked, and
 * what was late, changed late or missing, the oldest first.
 */
public record TimelinessReport(
        String period,
        LocalDate from,
        LocalDate to,
        long lessonsChecked,
        List<LateEntry> entries) {}
