package org.schooljournal.archive.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.schooljournal.platform.control.pdf.PdfDocument;
import org.schooljournal.platform.control.pdf.PdfFile;
import org.schooljournal.platform.control.pdf.PdfPage;
import org.schooljournal.platform.control.pdf.PdfPage.Style;
import org.schooljournal.platform.control.pdf.PdfTable;
import org.schooljournal.platform.control.pdf.PdfTable.Cell;
import org.schooljournal.platform.control.pdf.PdfTable.Position;

/**
 * The inventory (опись) of a hand-over package (issue 10, item 6): one line per archived document —
 * class, kind, version, sheets, the date it may be destroyed and its SHA-256 — with the totals and
 * the lines for who hands over and who receives, as an archival PDF (PDF/A-2b) like every PDF the
 * archive makes.
 */
public final class InventoryPrinter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Style CELL = Style.TEXT.sized(8);

    /** One document of the package; {@code file} is its path inside the package's data. */
    public record Entry(
            String className,
            String kind,
            int version,
            int pages,
            LocalDate keepUntil,
            String sha256,
            String file) {}

    private InventoryPrinter() {}

    /**
     * @param date the package's date, also the PDF's (the same documents on the same day print the
     *     same bytes)
     */
    public static PdfFile print(String school, String year, LocalDate date, List<Entry> entries) {
        String title = "Опись документов " + school + " " + year;
        try (PdfDocument pdf =
                PdfDocument.a4(PdfDocument.Orientation.LANDSCAPE, title, date, null)) {
            pdf.footer(school + " · опись дел за " + year + " учебный год");
            Position at = headed(pdf, school, year, "");
            // the file and the hash stay on one line each (shrunk if need be): copied, they match
            float fixed = 24 + 44 + 100 + 36 + 36 + 56;
            float hashWidth = 290;
            PdfTable table =
                    new PdfTable(
                                    CELL,
                                    24,
                                    44,
                                    100,
                                    36,
                                    36,
                                    56,
                                    pdf.contentWidth() - fixed - hashWidth,
                                    hashWidth)
                            .singleLineFrom(6);
            table.header(
                    List.of(
                            Cell.centered("№"),
                            Cell.of("Класс"),
                            Cell.of("Документ"),
                            Cell.centered("Версия"),
                            Cell.centered("Листов"),
                            Cell.centered("Хранить до"),
                            Cell.of("Файл в пакете"),
                            Cell.of("SHA-256")));
            int number = 0;
            int sheets = 0;
            for (Entry e : entries) {
                number++;
                sheets += e.pages();
                table.row(
                        List.of(
                                Cell.centered(String.valueOf(number)),
                                Cell.of(e.className()),
                                Cell.of(e.kind()),
                                Cell.centered(String.valueOf(e.version())),
                                Cell.centered(String.valueOf(e.pages())),
                                Cell.centered(e.keepUntil().format(DAY)),
                                Cell.of(e.file()),
                                Cell.of(e.sha256())));
            }
            at =
                    table.draw(
                            at.page(),
                            at.page().left(),
                            at.y(),
                            () -> headed(pdf, school, year, " (продолжение)"));
            closing(pdf, at, entries.size(), sheets, date);
            return pdf.finishFile();
        }
    }

    private static Position headed(PdfDocument pdf, String school, String year, String suffix) {
        PdfPage page = pdf.newPage();
        float y =
                page.title(
                        "ОПИСЬ ДОКУМЕНТОВ, ПЕРЕДАВАЕМЫХ НА АРХИВНОЕ ХРАНЕНИЕ" + suffix,
                        school + " · " + year + " учебный год");
        return new Position(page, y - 6);
    }

    private static void closing(
            PdfDocument pdf, Position at, int documents, int sheets, LocalDate date) {
        PdfPage page = at.page();
        float y = at.y() - 20;
        if (y - 90 < page.bottom()) {
            page = pdf.newPage();
            y = page.top() - 30;
        }
        List<String> lines = new ArrayList<>();
        lines.add("В опись внесено документов: " + documents + ", листов: " + sheets + ".");
        lines.add(
                "Контрольные суммы SHA-256 совпадают с файлом manifest-sha256.txt пакета; включение"
                        + " каждого документа в журнал архива подтверждается файлом .proof.txt.");
        lines.add("Дата составления: " + date.format(DAY));
        lines.add("Передал: ____________________ / ____________________ /");
        lines.add("Принял:  ____________________ / ____________________ /");
        for (String line : lines) {
            y = page.paragraph(page.left(), y, page.width(), line, Style.TEXT.sized(10)) - 6;
        }
    }
}
