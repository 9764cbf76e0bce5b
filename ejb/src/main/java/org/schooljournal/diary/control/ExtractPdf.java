package org.schooljournal.diary.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.schooljournal.platform.control.pdf.PdfDocument;
import org.schooljournal.platform.control.pdf.PdfPage;
import org.schooljournal.platform.control.pdf.PdfPage.Style;
import org.schooljournal.platform.control.pdf.PdfTable;
import org.schooljournal.platform.control.pdf.PdfTable.Cell;

/**
 * R-D03: the paper extract of a pupil's marks (by subject, each with its work-type letter as the
 * journal writes it), the period's average and period mark, and attendance, in the school's form:
 * the school, «Выписка из электронного журнала», the pupil, class, study period, date of issue, a
 * table, the homeroom teacher's signature line and the place of the seal («М.П.»). A pupil per page
 * (a class's extracts are one file); PDF/A-2b through the one PDF machinery; the same data on the
 * same day gives the same bytes.
 */
public final class ExtractPdf {
    /** A subject's line: marks as «5», «4к» in date order, average, period mark, attendance. */
    public record Line(
            String subject,
            List<String> marks,
            BigDecimal average,
            String periodMark,
            int illness,
            int excused,
            int unexcused,
            int late) {}

    /**
     * One pupil's extract. {@code classTeacher} «Иванова М. П.», or null when the class has none.
     */
    public record Extract(String pupil, String classTitle, String classTeacher, List<Line> lines) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ExtractPdf() {}

    /**
     * The extracts, a pupil per page (an empty list still gives one page saying so).
     *
     * @param period «2 четверть 2026/2027» with its dates
     */
    public static byte[] print(
            String school, String period, LocalDate issued, List<Extract> extracts) {
        try (PdfDocument pdf =
                PdfDocument.a4(
                        PdfDocument.Orientation.PORTRAIT,
                        "Выписка из электронного журнала: " + school,
                        issued,
                        null)) {
            for (Extract e : extracts) {
                page(pdf, pdf.newPage(), school, period, issued, e);
            }
            if (extracts.isEmpty()) {
                PdfPage page = pdf.newPage();
                page.title(school, "В классе нет учеников");
            }
            return pdf.finish();
        }
    }

    private static void page(
            PdfDocument pdf,
            PdfPage page,
            String school,
            String period,
            LocalDate issued,
            Extract e) {
        float y =
                page.paragraph(
                        page.left(),
                        page.top() - 4,
                        page.width(),
                        school,
                        Style.HEADING,
                        PdfPage.Align.CENTER);
        y -= 10;
        y =
                page.paragraph(
                        page.left(),
                        y,
                        page.width(),
                        "ВЫПИСКА ИЗ ЭЛЕКТРОННОГО ЖУРНАЛА",
                        Style.TITLE,
                        PdfPage.Align.CENTER);
        y =
                page.paragraph(
                        page.left(),
                        y,
                        page.width(),
                        "об успеваемости и посещаемости",
                        Style.TEXT,
                        PdfPage.Align.CENTER);
        y -= 12;
        y = field(page, y, "Обучающийся: ", e.pupil());
        y = field(page, y, "Класс: ", e.classTitle());
        y = field(page, y, "Период: ", period);
        y = field(page, y, "Дата выдачи: ", DATE.format(issued));
        y -= 8;
        float[] widths = scaled(page.width());
        PdfTable sized = new PdfTable(Style.TEXT, widths);
        sized.header(
                List.of(
                        Cell.bold("Предмет"),
                        Cell.bold("Отметки"),
                        Cell.bold("Средний балл"),
                        Cell.bold("За период"),
                        Cell.bold("Пропуски / опоздания")));
        for (Line l : e.lines()) {
            sized.row(
                    List.of(
                            Cell.of(l.subject()),
                            Cell.of(l.marks().isEmpty() ? "—" : String.join(" ", l.marks())),
                            Cell.centered(
                                    l.average() == null
                                            ? "—"
                                            : l.average().toPlainString().replace('.', ',')),
                            Cell.centered(l.periodMark() == null ? "—" : l.periodMark()),
                            Cell.centered(absences(l))));
        }
        PdfTable.Position at =
                sized.draw(
                        page,
                        page.left(),
                        y,
                        () -> {
                            PdfPage more = pdf.newPage();
                            return new PdfTable.Position(more, more.top());
                        });
        PdfPage last = at.page();
        y = at.y() - 10;
        y =
                last.paragraph(
                        last.left(),
                        y,
                        last.width(),
                        "Виды работ: т — тест, к — контрольная работа, п — письменная работа,"
                                + " д — диктант, дз — домашняя работа; без буквы — ответ на уроке."
                                + " Пропуски: Б — по болезни, УП — по уважительной причине,"
                                + " НП — без уважительной причины; ОП — опоздания.",
                        Style.SMALL);
        if (y - 60 < last.bottom()) {
            last = pdf.newPage();
            y = last.top();
        }
        y -= 30;
        String teacher = e.classTeacher() == null ? "                    " : e.classTeacher();
        last.text(
                last.left(),
                y,
                "Классный руководитель  ____________________  / " + teacher + " /",
                Style.TEXT);
        y -= 24;
        last.text(last.left(), y, "М.П.", Style.TEXT);
    }

    /** The column widths fitted to the page: subject, marks, average, period mark, absences. */
    private static float[] scaled(float width) {
        float[] parts = {120, 215, 50, 50, 80};
        float sum = 0;
        for (float p : parts) {
            sum += p;
        }
        float[] widths = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            widths[i] = parts[i] * width / sum;
        }
        return widths;
    }

    private static float field(PdfPage page, float y, String label, String value) {
        float w = page.textWidth(label, Style.TEXT);
        page.text(page.left(), y, label, Style.TEXT);
        page.text(page.left() + w, y, value, Style.TEXT.bold());
        return y - Style.TEXT.leading() - 2;
    }

    /** «Б 2, НП 1; ОП 1», or «—». */
    static String absences(Line l) {
        StringBuilder s = new StringBuilder();
        append(s, "Б", l.illness());
        append(s, "УП", l.excused());
        append(s, "НП", l.unexcused());
        String missed = s.toString();
        String late = l.late() == 0 ? "" : "ОП " + l.late();
        if (missed.isEmpty() && late.isEmpty()) {
            return "—";
        }
        return missed.isEmpty() ? late : late.isEmpty() ? missed : missed + "; " + late;
    }

    private static void append(StringBuilder s, String code, int n) {
        if (n > 0) {
            s.append(s.length() == 0 ? "" : ", ").append(code).append(' ').append(n);
        }
    }
}
