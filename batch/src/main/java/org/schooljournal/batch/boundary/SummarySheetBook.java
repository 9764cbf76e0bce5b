package org.schooljournal.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schooljournal.batch.handover.SummarySheetFiles;
import org.schooljournal.journal.boundary.SummarySheet;
import org.schooljournal.journal.boundary.SummarySheets;
import org.schooljournal.oversight.boundary.Export;
import org.schooljournal.oversight.boundary.ExportFormat;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.Role;

/**
 * All the school's summary sheets of a year as one XLSX workbook, a sheet per class (R-C10, R-O01):
 * the deputy head and the head, who open any class's sheet on screen. Each sheet is the screen's
 * ({@link SummarySheets}, so the same tenancy and the same marks), written by the archive package's
 * writer ({@link SummarySheetFiles}), so the deputy's file and the archive's look alike. The
 * classes are those of that year, the leavers included ({@link SummarySheets#classes(Long)}); a
 * class with nobody in it that year (a class opened later) gets no sheet. Statements: the screen's
 * per class, none per pupil.
 *
 * <p>It lives in the batch module with that writer.
 */
@Stateless
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class SummarySheetBook {
    @EJB SummarySheets sheets;

    /**
     * The year's workbook ({@code yearId} null: the current year) with its headings in {@code
     * locale}; another school's year: 404.
     */
    public Export of(Long yearId, Locale locale) {
        List<SummarySheet> all = new ArrayList<>();
        String year = null;
        for (SummarySheet.ClassChoice c : sheets.classes(yearId)) {
            SummarySheet sheet = sheets.of(c.id(), yearId);
            year = sheet.year();
            if (!sheet.pupils().isEmpty()) {
                all.add(sheet);
            }
        }
        ExportFormat xlsx = ExportFormat.XLSX;
        String name = "summary-sheets" + (year == null ? "" : "-" + year.replace('/', '-'));
        return new Export(
                name + "." + xlsx.extension(),
                xlsx.mediaType(),
                SummarySheetFiles.xlsx(all, headings(locale)));
    }

    private static SummarySheetFiles.Headings headings(Locale locale) {
        return new SummarySheetFiles.Headings(
                Messages.text(locale, "summarySheet.xlsx.title"),
                Messages.text(locale, "summarySheet.xlsx.pupil"),
                Messages.text(locale, "summarySheet.xlsx.yearMark"),
                Messages.text(locale, "summarySheet.xlsx.missed"),
                Messages.text(locale, "summarySheet.xlsx.missedTotal"),
                Messages.text(locale, "summarySheet.xlsx.missedIllness"),
                Messages.text(locale, "summarySheet.xlsx.sheetName"));
    }
}
