package org.schooljournal.archive.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schooljournal.journal.boundary.SummarySheet;
import org.schooljournal.platform.control.pdf.PdfDocument;
import org.schooljournal.platform.control.pdf.PdfFile;
import org.schooljournal.platform.control.pdf.PdfPage;
import org.schooljournal.platform.control.pdf.PdfPage.Style;
import org.schooljournal.platform.control.pdf.PdfTable;
import org.schooljournal.platform.control.pdf.PdfTable.Cell;
import org.schooljournal.platform.control.pdf.PdfTable.Position;

/**
 * Draws the summary sheet of final marks (сводная ведомость учёта успеваемости, R-C10, R-P02) in
 * the standard form: pupils × subjects, each subject with its period marks and the year mark, and
 * the lessons missed (total, of them for illness). Subjects that do not fit one A4 landscape width
 * continue on the next page with the pupils repeated; the lessons missed end the last part. Under
 * it the head's signature line and «М.П.», as the sheet is kept 25 years.
 */
public final class SummarySheetPrinter {
    static final Style CELL =
            new Style(org.schooljournal.platform.control.pdf.PdfFont.REGULAR, 7.5f);
    static final float NUMBER_WIDTH = 16;
    static final float NAME_WIDTH = 118;
    static final float MARK_WIDTH = 19;
    static final float MISSED_WIDTH = 42;

    private SummarySheetPrinter() {}

    /**
     * @param head the head's name for the signature line
     * @param closedOn the document's date (null while the year is open: a draft)
     */
    public static PdfFile print(
            SummarySheet sheet, String head, LocalDate closedOn, boolean draft) {
        String title = "Сводная ведомость " + sheet.classTitle() + " " + sheet.year();
        try (PdfDocument pdf =
                PdfDocument.a4(
                        PdfDocument.Orientation.LANDSCAPE,
                        title,
                        closedOn,
                        draft ? ClassBookPrinter.DRAFT : null)) {
            pdf.footer(orEmpty(sheet.schoolName()) + " · " + title);
            int perSubject = sheet.periods().size() + 1;
            float room = pdf.contentWidth() - NUMBER_WIDTH - NAME_WIDTH;
            List<List<Integer>> parts = new ArrayList<>();
            List<Integer> part = new ArrayList<>();
            float used = 0;
            for (int s = 0; s < sheet.subjects().size(); s++) {
                float w = perSubject * MARK_WIDTH;
                boolean last = s == sheet.subjects().size() - 1;
                float need = w + (last ? 2 * MISSED_WIDTH : 0);
                if (used + need > room && !part.isEmpty()) {
                    parts.add(part);
                    part = new ArrayList<>();
                    used = 0;
                }
                part.add(s);
                used += w;
            }
            parts.add(part);
            Position at = null;
            for (int p = 0; p < parts.size(); p++) {
                boolean last = p == parts.size() - 1;
                String heading =
                        parts.size() > 1 ? " (часть " + (p + 1) + " из " + parts.size() + ")" : "";
                at = headed(pdf, sheet, heading);
                PdfTable table = table(sheet, parts.get(p), perSubject, last);
                at =
                        table.draw(
                                at.page(),
                                at.page().left(),
                                at.y(),
                                () -> headed(pdf, sheet, heading + " (продолжение)"));
            }
            signature(pdf, at, head);
            return pdf.finishFile();
        }
    }

    private static PdfTable table(
            SummarySheet sheet, List<Integer> subjects, int perSubject, boolean withMissed) {
        int columns = 2 + subjects.size() * perSubject + (withMissed ? 2 : 0);
        float[] widths = new float[columns];
        widths[0] = NUMBER_WIDTH;
        widths[1] = NAME_WIDTH;
        for (int c = 2; c < columns; c++) {
            widths[c] = MARK_WIDTH;
        }
        if (withMissed) {
            widths[columns - 2] = MISSED_WIDTH;
            widths[columns - 1] = MISSED_WIDTH;
        }
        PdfTable table = new PdfTable(CELL, widths).singleLineFrom(2);
        List<Cell> first = new ArrayList<>(List.of(Cell.centered("№"), Cell.of("Фамилия, имя")));
        List<Cell> second = new ArrayList<>(List.of(Cell.centered(""), Cell.of("")));
        for (int s : subjects) {
            first.add(Cell.spanning(sheet.subjects().get(s).name(), perSubject));
            for (String period : sheet.periods()) {
                second.add(Cell.centered(period));
            }
            second.add(Cell.centered("год"));
        }
        if (withMissed) {
            first.add(Cell.spanning("Пропущено уроков", 2));
            second.add(Cell.centered("всего"));
            second.add(Cell.centered("по болезни"));
        }
        table.header(first).header(second);
        for (SummarySheet.PupilLine line : sheet.pupils()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.centered(String.valueOf(line.number())));
            row.add(Cell.of(line.name()));
            for (int s : subjects) {
                SummarySheet.SubjectMarks marks = line.subjects().get(s);
                for (String v : marks.periods()) {
                    row.add(Cell.centered(v));
                }
                row.add(Cell.bold(marks.year()));
            }
            if (withMissed) {
                row.add(Cell.centered(String.valueOf(line.missed())));
                row.add(Cell.centered(String.valueOf(line.missedIllness())));
            }
            table.row(row);
        }
        return table;
    }

    private static Position headed(PdfDocument pdf, SummarySheet sheet, String suffix) {
        PdfPage page = pdf.newPage();
        float y =
                page.title(
                        "СВОДНАЯ ВЕДОМОСТЬ УЧЁТА УСПЕВАЕМОСТИ ОБУЧАЮЩИХСЯ" + suffix,
                        orEmpty(sheet.schoolName())
                                + " · "
                                + sheet.classTitle()
                                + " класс · "
                                + sheet.year()
                                + " учебный год");
        return new Position(page, y);
    }

    private static void signature(PdfDocument pdf, Position at, String head) {
        PdfPage page = at.page();
        float y = at.y() - 30;
        if (y - 50 < page.bottom()) {
            page = pdf.newPage();
            y = page.top() - 30;
        }
        y =
                page.paragraph(
                        page.left(),
                        y,
                        page.width(),
                        "Директор ____________________  " + (head == null ? "—" : head),
                        Style.TEXT.sized(11));
        page.paragraph(page.left(), y - 14, page.width(), "М.П.", Style.TEXT.sized(11));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
