package org.schooljournal.batch.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The department's overview (R-T02): per school aggregates only (no pupil's name or data), and the
 * municipality's median of each figure. {@code from}/{@code to}: the window of the timeliness and
 * attendance figures.
 */
public record DepartmentOverviewData(
        LocalDate from, LocalDate to, List<SchoolLine> schools, Medians medians) {

    /**
     * One school: {@code periodEnd} the end of its last period with final marks (their rates); the
     * shares in per cent; each figure's difference to the median ({@code ...VsMedian}); the
     * archive's status code ({@code NONE}, {@code PRINTED}, {@code TRANSFERRED}, {@code DAMAGED})
     * for its latest year {@code archiveYear}.
     */
    public record SchoolLine(
            long schoolId,
            String school,
            LocalDate periodEnd,
            BigDecimal successRate,
            BigDecimal successVsMedian,
            BigDecimal qualityRate,
            BigDecimal qualityVsMedian,
            BigDecimal lateOrMissingRate,
            BigDecimal lateOrMissingVsMedian,
            BigDecimal missedRate,
            BigDecimal missedVsMedian,
            String archiveStatus,
            String archiveYear) {}

    public record Medians(
            BigDecimal successRate,
            BigDecimal qualityRate,
            BigDecimal lateOrMissingRate,
            BigDecimal missedRate) {}
}
