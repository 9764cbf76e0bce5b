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
 * A journal month printed (R-O03) through the platform's PDF/A-2b machinery, A4 landscape: the grid
 * as the teacher sees it (pupils × lessons, the name column wide, each lesson a narrow column),
 * then the lessons' table (date, number, topic, homework, who gave it). Headers repeat on every
 * page.
 */
public final class JournalMonthPdf {
    private static final float NUMBER = 16;
    private static final float NAME = 130;

    private JournalMonthPdf() {}

    public static byte[] of(ReportTable grid, ReportTable lessons, String school, LocalDate date) {
        try (PdfDocument pdf =
                PdfDocument.a4(PdfDocument.Orientation.LANDSCAPE, grid.title(), date, null)) {
            PdfPage page = pdf.newPage();
            float y = page.top() - 16;
            page.text(page.left(), y, grid.title(), Style.TITLE);
            y -= 18;
            if (school != null) {
                page.text(page.left(), y, school, Style.HEADING);
                y -= 14;
            }
            for (String note : grid.notes()) {
                y = page.paragraph(page.left(), y, pdf.contentWidth(), note, Style.TEXT) - 2;
            }
            int lessonColumns = grid.header().size() - 2;
            float[] widths = new float[grid.header().size()];
            widths[0] = NUMBER;
            widths[1] = NAME;
            float rest = (pdf.contentWidth() - NUMBER - NAME) / Math.max(1, lessonColumns);
            for (int c = 2; c < widths.length; c++) {
                widths[c] = rest;
            }
            Position at = draw(pdf, page, y - 6, grid, widths);
            float[] lessonWidths = ReportPdf.widths(lessons, pdf.contentWidth());
            PdfPage last = at.page();
            float below = at.y() - 24;
            if (below < last.bottom() + 60) {
                last = pdf.newPage();
                below = last.top() - 16;
            }
            last.text(last.left(), below, lessons.title(), Style.HEADING);
            draw(pdf, last, below - 8, lessons, lessonWidths);
            return pdf.finish();
        }
    }

    private static Position draw(
            PdfDocument pdf, PdfPage page, float y, ReportTable table, float[] widths) {
        PdfTable t = new PdfTable(Style.SMALL, widths);
        t.header(table.header().stream().map(Cell::bold).toList());
        for (List<String> row : table.rows()) {
            t.row(row.stream().map(Cell::of).toList());
        }
        return t.draw(
                page,
                page.left(),
                y,
                () -> {
                    PdfPage next = pdf.newPage();
                    return new Position(next, next.top());
                });
    }
}
