package org.schooljournal.oversight.control;

import java.time.LocalDate;
import java.util.List;
import org.schooljournal.platform.control.pdf.PdfDocument;
import org.schooljournal.platform.control.pdf.PdfPage;
import org.schooljournal.platform.control.pdf.PdfPage.Style;
import org.schooljournal.platform.control.pdf.PdfTable;
import org.schooljournal.platform.control.pdf.PdfTable.Cell;
import org.schooljournal.platform.control.pdf.PdfTable.Position;

/**
 * A report printed (R-O01, R-O03) through the platform's PDF/A-2b machinery: A4 landscape, the
 * title, the notes (filters and how things count), then the table, its header repeated on every
 * page, each page numbered. Columns share the width by their longest text.
 */
public final class ReportPdf {
    private ReportPdf() {}

    public static byte[] of(ReportTable table, String school, LocalDate date) {
        try (PdfDocument pdf =
                PdfDocument.a4(PdfDocument.Orientation.LANDSCAPE, table.title(), date, null)) {
            PdfPage page = pdf.newPage();
            float y = page.top() - 16;
            page.text(page.left(), y, table.title(), Style.TITLE);
            y -= 18;
            if (school != null) {
                page.text(page.left(), y, school, Style.HEADING);
                y -= 14;
            }
            for (String note : table.notes()) {
                y = page.paragraph(page.left(), y, pdf.contentWidth(), note, Style.TEXT) - 2;
            }
            PdfTable grid = new PdfTable(Style.SMALL, widths(table, pdf.contentWidth()));
            grid.header(table.header().stream().map(Cell::bold).toList());
            for (List<String> row : table.rows()) {
                grid.row(row.stream().map(Cell::of).toList());
            }
            grid.draw(
                    page,
                    page.left(),
                    y - 6,
                    () -> {
                        PdfPage next = pdf.newPage();
                        return new Position(next, next.top());
                    });
            return pdf.finish();
        }
    }

    /** Each column's share of the width by its longest text, at least a sixth of an equal share. */
    static float[] widths(ReportTable table, float total) {
        int n = table.header().size();
        float[] weight = new float[n];
        float sum = 0;
        for (int c = 0; c < n; c++) {
            int w = Math.min(40, table.header().get(c).length());
            for (List<String> row : table.rows()) {
                w = Math.max(w, Math.min(60, row.get(c).length()));
            }
            weight[c] = Math.max(3, w);
            sum += weight[c];
        }
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            widths[c] = total * weight[c] / sum;
        }
        return widths;
    }
}
