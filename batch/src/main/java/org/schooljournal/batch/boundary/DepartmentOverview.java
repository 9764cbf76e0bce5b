package org.schooljournal.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.batch.archive.ArchiveMatrix;
import org.schooljournal.batch.control.Medians;
import org.schooljournal.batch.control.SchoolFigures;
import org.schooljournal.oversight.control.ResultRates;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.Role;

/**
 * The department's overview for the municipal administrator (R-T02): per school the success and
 * quality rates of its last ended period (R-C03's counting over all its final marks: not below «3»
 * / all final marks, «4» and «5» / five-point final marks), the share of late or missing entries
 * and of lessons missed over the last 30 days, and the archive's status — each against the
 * municipality's median. Aggregates only: the statements return counts per school, never a pupil's
 * row, so no personal data can reach the overview.
 *
 * <p>Late or missing: of the lessons' topics and homework, the marks and the attendance entries of
 * the window, those the journal flagged late when they were entered (R-J05, the order's deadlines:
 * the flags the timeliness check's deadlines set at entry) plus the lessons without a topic.
 * Lessons missed: absences (not late arrivals) of whole-class lessons over the lessons × the pupils
 * of the class. Statements: 2 + the archive matrix's 3, whatever the number of schools.
 *
 * <p>It lives above the archive (whose matrix it reads), hence in the batch module with the matrix.
 */
@Stateless
@RolesAllowed(Role.MUNICIPAL_ADMIN)
public class DepartmentOverview {
    static final int WINDOW_DAYS = 30;

    @Inject SchoolFigures figures;

    @Inject ArchiveMatrix archive;

    @Inject SchoolClock schoolClock;

    public DepartmentOverviewData overview() {
        LocalDate today = schoolClock.today();
        LocalDate from = today.minusDays(WINDOW_DAYS);
        LocalDate to = today.minusDays(1);
        ArchiveMatrixData matrix = archive.of(null);
        // the latest period end per school with its counts
        Map<Long, long[]> finals = new HashMap<>();
        for (long[] r : figures.finalMarks(today)) {
            finals.merge(r[0], r, (a, b) -> a[1] >= b[1] ? a : b);
        }
        Map<Long, long[]> entries = new HashMap<>(); // all, late or missing
        Map<Long, long[]> absence = new HashMap<>(); // pupil-lessons, missed
        for (long[] r : figures.window(from, to)) {
            // lessons: topic and homework each an entry; marks; attendance
            add(entries, r[0], 2 * r[1] + r[4] + r[6], r[2] + r[3] + r[5] + r[7]);
            add(absence, r[0], r[9], r[8]);
        }
        List<Row> rows = new ArrayList<>();
        for (MatrixRowData school : matrix.rows()) {
            long[] f = finals.get(school.schoolId());
            long[] e = entries.getOrDefault(school.schoolId(), new long[2]);
            long[] a = absence.getOrDefault(school.schoolId(), new long[2]);
            MatrixCellData latest =
                    school.cells().stream()
                            .filter(java.util.Objects::nonNull)
                            .reduce((x, y) -> y)
                            .orElse(null);
            rows.add(
                    new Row(
                            school.schoolId(),
                            school.school(),
                            f == null ? null : LocalDate.ofEpochDay(f[1]),
                            f == null ? null : ResultRates.percent(f[3], f[2]),
                            f == null ? null : ResultRates.percent(f[5], f[4]),
                            ResultRates.percent(e[1], e[0]),
                            ResultRates.percent(a[1], a[0]),
                            status(school, latest),
                            latest == null ? null : latest.year()));
        }
        DepartmentOverviewData.Medians medians =
                new DepartmentOverviewData.Medians(
                        Medians.of(rows.stream().map(Row::success).toList()),
                        Medians.of(rows.stream().map(Row::quality).toList()),
                        Medians.of(rows.stream().map(Row::late).toList()),
                        Medians.of(rows.stream().map(Row::missed).toList()));
        List<DepartmentOverviewData.SchoolLine> lines =
                rows.stream()
                        .map(
                                r ->
                                        new DepartmentOverviewData.SchoolLine(
                                                r.id(),
                                                r.name(),
                                                r.periodEnd(),
                                                r.success(),
                                                Medians.delta(r.success(), medians.successRate()),
                                                r.quality(),
                                                Medians.delta(r.quality(), medians.qualityRate()),
                                                r.late(),
                                                Medians.delta(
                                                        r.late(), medians.lateOrMissingRate()),
                                                r.missed(),
                                                Medians.delta(r.missed(), medians.missedRate()),
                                                r.archiveStatus(),
                                                r.archiveYear()))
                        .toList();
        return new DepartmentOverviewData(from, to, lines, medians);
    }

    /**
     * The archive's state of the school's latest year with a job run; DAMAGED if a check found so.
     */
    static String status(MatrixRowData school, MatrixCellData latest) {
        if (school.damaged() != null && school.damaged() > 0) {
            return "DAMAGED";
        }
        if (latest == null) {
            return "NONE";
        }
        if (latest.transferred() != null && latest.transferred() > 0) {
            return "TRANSFERRED";
        }
        if (latest.printed() != null && latest.printed() > 0) {
            return "PRINTED";
        }
        return "NONE";
    }

    private static void add(Map<Long, long[]> sums, long school, long all, long counted) {
        long[] s = sums.computeIfAbsent(school, k -> new long[2]);
        s[0] += all;
        s[1] += counted;
    }

    private record Row(
            long id,
            String name,
            LocalDate periodEnd,
            BigDecimal success,
            BigDecimal quality,
            BigDecimal late,
            BigDecimal missed,
            String archiveStatus,
            String archiveYear) {}
}
