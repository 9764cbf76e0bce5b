package org.schooljournal.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schooljournal.oversight.boundary.Export;
import org.schooljournal.oversight.boundary.ExportFormat;
import org.schooljournal.oversight.boundary.Reports;
import org.schooljournal.oversight.control.ReportCsv;
import org.schooljournal.oversight.control.ReportPdf;
import org.schooljournal.oversight.control.ReportTable;
import org.schooljournal.oversight.control.ReportXlsx;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.Role;

/**
 * The department's overview (R-T02) as XLSX, CSV or PDF/A, in the reader's language: a row per
 * school, then the municipality's median; each figure followed by its difference to the median.
 */
@Stateless
@RolesAllowed(Role.MUNICIPAL_ADMIN)
public class DepartmentExports {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB DepartmentOverview overview;

    @Inject SchoolClock schoolClock;

    public Export export(ExportFormat format, Locale locale) {
        ReportTable table = table(overview.overview(), locale);
        LocalDate today = schoolClock.today();
        byte[] bytes =
                switch (format) {
                    case CSV -> ReportCsv.of(table);
                    case XLSX -> ReportXlsx.of(table);
                    case PDF -> ReportPdf.of(table, null, today);
                };
        return new Export(
                "department-overview-" + today + "." + format.extension(),
                format.mediaType(),
                bytes);
    }

    static ReportTable table(DepartmentOverviewData d, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (DepartmentOverviewData.SchoolLine s : d.schools()) {
            rows.add(
                    List.of(
                            s.school(),
                            s.periodEnd() == null ? "" : DATE.format(s.periodEnd()),
                            pc(s.successRate(), l),
                            pc(s.successVsMedian(), l),
                            pc(s.qualityRate(), l),
                            pc(s.qualityVsMedian(), l),
                            pc(s.lateOrMissingRate(), l),
                            pc(s.lateOrMissingVsMedian(), l),
                            pc(s.missedRate(), l),
                            pc(s.missedVsMedian(), l),
                            t(l, "department.archive." + s.archiveStatus())
                                    + (s.archiveYear() == null ? "" : " " + s.archiveYear())));
        }
        DepartmentOverviewData.Medians m = d.medians();
        rows.add(
                List.of(
                        t(l, "department.median"),
                        "",
                        pc(m.successRate(), l),
                        "",
                        pc(m.qualityRate(), l),
                        "",
                        pc(m.lateOrMissingRate(), l),
                        "",
                        pc(m.missedRate(), l),
                        "",
                        ""));
        String vs = t(l, "department.col.vsMedian");
        return new ReportTable(
                t(l, "department.title"),
                List.of(
                        t(l, "department.window", DATE.format(d.from()), DATE.format(d.to())),
                        t(l, "department.rule")),
                List.of(
                        t(l, "department.col.school"),
                        t(l, "department.col.periodEnd"),
                        t(l, "oversight.col.successRate"),
                        vs,
                        t(l, "oversight.col.qualityRate"),
                        vs,
                        t(l, "department.col.lateOrMissing"),
                        vs,
                        t(l, "department.col.missed"),
                        vs,
                        t(l, "department.col.archive")),
                rows);
    }

    private static String pc(BigDecimal v, Locale l) {
        return v == null ? "—" : Reports.percent(v, l);
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.text(l, key, args);
    }
}
