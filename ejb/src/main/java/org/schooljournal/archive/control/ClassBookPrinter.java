package org.schooljournal.archive.control;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.archive.control.ClassBook.Finals;
import org.schooljournal.archive.control.ClassBook.Journal;
import org.schooljournal.archive.control.ClassBook.Lesson;
import org.schooljournal.archive.control.ClassBook.Period;
import org.schooljournal.archive.control.ClassBook.Pupil;
import org.schooljournal.platform.control.pdf.PdfDocument;
import org.schooljournal.platform.control.pdf.PdfPage;
import org.schooljournal.platform.control.pdf.PdfPage.Align;
import org.schooljournal.platform.control.pdf.PdfPage.Style;
import org.schooljournal.platform.control.pdf.PdfTable;
import org.schooljournal.platform.control.pdf.PdfTable.Cell;
import org.schooljournal.platform.control.pdf.PdfTable.Position;

/**
 * Draws a class's journal book (R-P01) as the paper journal reads ({@code journal-conventions.md}):
 * a title page, the contents (each journal with its sheets), then for each journal and month the
 * marks grid (pupils × lesson dates, the period columns «I ч» after the period's last lesson, «год»
 * after the last) followed by the lessons (date, topic, homework, who gave it), notes on overridden
 * and deferred marks, and on the last page the certification block with the sheet count. A4
 * landscape; a month with more lessons than fit continues on the next page.
 */
public final class ClassBookPrinter {
    public static final String DRAFT = "ЧЕРНОВИК";

    static final Style GRID =
            new Style(org.schooljournal.platform.control.pdf.PdfFont.REGULAR, 7.5f);
    static final float NUMBER_WIDTH = 16;
    static final float NAME_WIDTH = 118;
    static final float LESSON_WIDTH = 21;
    static final float FINAL_WIDTH = 25;

    private static final String[] MONTHS = {
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь"
    };
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ClassBookPrinter() {}

    public static byte[] print(ClassBook book, boolean draft) {
        String title = "Классный журнал " + book.classTitle() + " " + book.year();
        try (PdfDocument pdf =
                PdfDocument.a4(
                        PdfDocument.Orientation.LANDSCAPE,
                        title,
                        book.closedOn(),
                        draft ? DRAFT : null)) {
            pdf.footer(book.school() + " · " + title);
            titlePage(pdf, book);
            int[][] sheets = new int[book.journals().size()][2];
            contents(pdf, book, sheets);
            for (int i = 0; i < book.journals().size(); i++) {
                sheets[i][0] = pdf.pageCount() + 1;
                journal(pdf, book, book.journals().get(i));
                sheets[i][1] = pdf.pageCount();
            }
            certification(pdf, book);
            return pdf.finish();
        }
    }

    private static void titlePage(PdfDocument pdf, ClassBook book) {
        PdfPage page = pdf.newPage();
        float x = page.left();
        float w = page.width();
        float y = page.top() - 120;
        y = page.paragraph(x, y, w, book.school(), Style.HEADING.sized(14), Align.CENTER) - 30;
        y = page.paragraph(x, y, w, "КЛАССНЫЙ ЖУРНАЛ", Style.TITLE.sized(28), Align.CENTER) - 20;
        y =
                page.paragraph(
                        x, y, w, book.classTitle() + " класс", Style.TITLE.sized(22), Align.CENTER);
        y =
                page.paragraph(
                        x,
                        y - 6,
                        w,
                        book.year() + " учебный год",
                        Style.HEADING.sized(14),
                        Align.CENTER);
        page.paragraph(
                x,
                y - 40,
                w,
                "Классный руководитель: " + orDash(book.homeroomTeacher()),
                Style.TEXT.sized(12),
                Align.CENTER);
    }

    private static void contents(PdfDocument pdf, ClassBook book, int[][] sheets) {
        PdfPage page = pdf.newPage();
        page.text(page.left(), page.top() - 14, "СОДЕРЖАНИЕ", Style.HEADING);
        PdfTable table = new PdfTable(Style.TEXT, 24, 330, 250, 174);
        table.header(
                List.of(
                        Cell.centered("№"),
                        Cell.of("Предмет"),
                        Cell.of("Учитель"),
                        Cell.of("Листы")));
        for (int i = 0; i < book.journals().size(); i++) {
            Journal j = book.journals().get(i);
            int[] own = sheets[i];
            table.row(
                    List.of(
                            Cell.centered(String.valueOf(i + 1)),
                            Cell.of(name(j)),
                            Cell.of(orDash(j.teacher())),
                            Cell.later("000–000", () -> own[0] + "–" + own[1])));
        }
        table.draw(page, page.left(), page.top() - 24, () -> next(pdf, "СОДЕРЖАНИЕ (продолжение)"));
    }

    private static void journal(PdfDocument pdf, ClassBook book, Journal j) {
        Map<YearMonth, List<Lesson>> months = new LinkedHashMap<>();
        for (Lesson l : j.lessons()) {
            months.computeIfAbsent(YearMonth.from(l.date()), k -> new ArrayList<>()).add(l);
        }
        if (months.isEmpty()) {
            months.put(null, List.of());
        }
        List<YearMonth> keys = new ArrayList<>(months.keySet());
        // each period's column follows the last lesson up to its end (the first month if none)
        Map<YearMonth, List<Column>> columns = new LinkedHashMap<>();
        for (YearMonth m : keys) {
            List<Column> list = new ArrayList<>();
            for (Lesson l : months.get(m)) {
                list.add(Column.lesson(l));
            }
            columns.put(m, list);
        }
        for (int p = 0; p < j.periods().size(); p++) {
            Period period = j.periods().get(p);
            YearMonth at = keys.get(0);
            int index = 0;
            for (YearMonth m : keys) {
                List<Column> list = columns.get(m);
                for (int c = 0; c < list.size(); c++) {
                    Column col = list.get(c);
                    if (col.lesson() != null && !col.lesson().date().isAfter(period.endsOn())) {
                        at = m;
                        index = c + 1;
                    }
                }
            }
            List<Column> list = columns.get(at);
            while (index < list.size() && list.get(index).lesson() == null) {
                index++;
            }
            list.add(index, Column.period(p, period.title()));
        }
        columns.get(keys.get(keys.size() - 1)).add(Column.year());

        for (YearMonth m : keys) {
            grid(pdf, book, j, m, columns.get(m));
            lessons(pdf, book, j, m, months.get(m));
        }
        notes(pdf, book, j);
    }

    /** The left page: pupils × the month's columns, in as many pages as the columns need. */
    private static void grid(
            PdfDocument pdf, ClassBook book, Journal j, YearMonth m, List<Column> all) {
        float room = pdf.contentWidth() - NUMBER_WIDTH - NAME_WIDTH;
        List<List<Column>> chunks = new ArrayList<>();
        List<Column> chunk = new ArrayList<>();
        float used = 0;
        for (Column c : all) {
            float w = c.lesson() != null ? LESSON_WIDTH : FINAL_WIDTH;
            if (used + w > room && !chunk.isEmpty()) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                used = 0;
            }
            chunk.add(c);
            used += w;
        }
        chunks.add(chunk);
        for (int part = 0; part < chunks.size(); part++) {
            List<Column> cols = chunks.get(part);
            String heading =
                    heading(j, m)
                            + (chunks.size() > 1
                                    ? " (часть " + (part + 1) + " из " + chunks.size() + ")"
                                    : "");
            Position at = headed(pdf, book, heading);
            float[] widths = new float[cols.size() + 2];
            widths[0] = NUMBER_WIDTH;
            widths[1] = NAME_WIDTH;
            List<Cell> header = new ArrayList<>();
            header.add(Cell.centered("№"));
            header.add(Cell.of("Фамилия, имя"));
            for (int c = 0; c < cols.size(); c++) {
                Column col = cols.get(c);
                widths[c + 2] = col.lesson() != null ? LESSON_WIDTH : FINAL_WIDTH;
                header.add(
                        Cell.centered(
                                col.lesson() != null
                                        ? String.format("%02d", col.lesson().date().getDayOfMonth())
                                        : col.title()));
            }
            PdfTable table = new PdfTable(GRID, widths).singleLineFrom(2).header(header);
            int n = 0;
            for (Pupil p : j.pupils()) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.centered(String.valueOf(++n)));
                row.add(Cell.of(p.name()));
                Finals finals = j.finals().get(p.id());
                for (Column col : cols) {
                    row.add(cell(col, p, finals));
                }
                table.row(row);
            }
            table.draw(
                    at.page(),
                    at.page().left(),
                    at.y(),
                    () -> headed(pdf, book, heading + " (продолжение)"));
        }
    }

    private static Cell cell(Column col, Pupil p, Finals finals) {
        if (col.lesson() != null) {
            ClassBook.Cell c = col.lesson().cells().get(p.id());
            if (c == null) {
                return Cell.centered("");
            }
            return c.controlWork() ? Cell.bold(c.text()) : Cell.centered(c.text());
        }
        if (finals == null) {
            return Cell.bold("");
        }
        String value =
                col.period() >= 0
                        ? col.period() < finals.periods().size()
                                ? finals.periods().get(col.period())
                                : ""
                        : finals.year();
        return Cell.bold(value == null ? "" : value);
    }

    /** The right page: one line per lesson of the month. */
    private static void lessons(
            PdfDocument pdf, ClassBook book, Journal j, YearMonth m, List<Lesson> list) {
        if (list.isEmpty()) {
            return;
        }
        String heading = heading(j, m) + " — уроки";
        Position at = headed(pdf, book, heading);
        PdfTable table = new PdfTable(Style.TEXT.sized(8), 48, 22, 300, 250, 158);
        table.header(
                List.of(
                        Cell.of("Дата"),
                        Cell.centered("Урок"),
                        Cell.of("Тема урока"),
                        Cell.of("Домашнее задание"),
                        Cell.of("Урок провёл")));
        for (Lesson l : list) {
            table.row(
                    List.of(
                            Cell.of(l.date().format(DATE)),
                            Cell.centered(String.valueOf(l.number())),
                            Cell.of(orEmpty(l.topic())),
                            Cell.of(orEmpty(l.homework())),
                            Cell.of(
                                    l.givenBy() == null
                                            ? orEmpty(j.teacher())
                                            : l.givenBy() + " (замена)")));
        }
        table.draw(
                at.page(),
                at.page().left(),
                at.y(),
                () -> headed(pdf, book, heading + " (продолжение)"));
    }

    private static void notes(PdfDocument pdf, ClassBook book, Journal j) {
        PdfTable table = new PdfTable(Style.TEXT.sized(8), 24, 160, 594);
        table.header(
                List.of(
                        Cell.centered("№"),
                        Cell.of("Ученик"),
                        Cell.of("Примечание к итоговым отметкам")));
        int n = 0;
        boolean any = false;
        for (Pupil p : j.pupils()) {
            n++;
            Finals f = j.finals().get(p.id());
            if (f == null || f.notes().isEmpty()) {
                continue;
            }
            any = true;
            table.row(
                    List.of(
                            Cell.centered(String.valueOf(n)),
                            Cell.of(p.name()),
                            Cell.of(String.join("; ", f.notes()))));
        }
        if (!any) {
            return;
        }
        String heading = name(j) + " — итоговые отметки: исправления и отсрочки";
        Position at = headed(pdf, book, heading);
        table.draw(
                at.page(),
                at.page().left(),
                at.y(),
                () -> headed(pdf, book, heading + " (продолжение)"));
    }

    private static void certification(PdfDocument pdf, ClassBook book) {
        PdfPage page = pdf.newPage();
        float x = page.left() + 40;
        float w = page.width() - 80;
        float y = page.top() - 160;
        page.later(
                x,
                y,
                w,
                Style.TEXT.sized(13),
                total ->
                        "Всего пронумеровано, прошнуровано и скреплено печатью "
                                + total
                                + " "
                                + sheets(total)
                                + ".");
        y -= 60;
        y =
                page.paragraph(
                        x,
                        y,
                        w,
                        "Директор ____________________  " + orDash(book.head()),
                        Style.TEXT.sized(13));
        y = page.paragraph(x, y - 10, w, "                       (подпись)", Style.SMALL);
        y = page.paragraph(x, y - 30, w, "М.П.", Style.TEXT.sized(13));
        page.paragraph(x, y - 30, w, "«___» ______________ 20___ г.", Style.TEXT.sized(13));
    }

    /** лист, листа, листов: the noun after a number, as Russian counts. */
    static String sheets(int n) {
        int lastTwo = n % 100;
        int last = n % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return "листов";
        }
        return last == 1 ? "лист" : last >= 2 && last <= 4 ? "листа" : "листов";
    }

    private static Position headed(PdfDocument pdf, ClassBook book, String heading) {
        PdfPage page = pdf.newPage();
        float y = page.top() - 10;
        String right = book.classTitle() + " · " + book.year();
        float rw = page.textWidth(right, Style.HEADING);
        y = page.paragraph(page.left(), y, page.width() - rw - 12, heading, Style.HEADING);
        page.text(page.right() - rw, page.top() - 10, right, Style.HEADING);
        return new Position(page, y + 2);
    }

    private static Position next(PdfDocument pdf, String heading) {
        PdfPage page = pdf.newPage();
        page.text(page.left(), page.top() - 14, heading, Style.HEADING);
        return new Position(page, page.top() - 24);
    }

    private static String heading(Journal j, YearMonth m) {
        String teacher = j.teacher() == null ? "" : " · учитель " + j.teacher();
        return name(j)
                + teacher
                + (m == null ? "" : " · " + MONTHS[m.getMonthValue() - 1] + " " + m.getYear());
    }

    static String name(Journal j) {
        return j.group() == null ? j.subject() : j.subject() + " (" + j.group() + ")";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A grid column: a lesson, a period's marks (its index) or the year's ({@code period} -1). */
    private record Column(Lesson lesson, int period, String title) {
        static Column lesson(Lesson l) {
            return new Column(l, -2, null);
        }

        static Column period(int index, String title) {
            return new Column(null, index, title);
        }

        static Column year() {
            return new Column(null, -1, "год");
        }
    }
}
