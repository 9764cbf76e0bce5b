package org.schooljournal.batch.handover;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.schooljournal.journal.boundary.SummarySheet;

/**
 * A class's summary sheet (R-C10, R-P02) as the files the municipal archive can read without us:
 * CSV for any program (UTF-8 with a BOM and {@code ;}, which is what Excel with Russian settings
 * opens correctly by double click) and XLSX laid out as the printed form (subject headers merged
 * over their period columns). Same columns in both: №, pupil, per subject each period and the year,
 * then the lessons missed (total, for illness).
 */
public final class SummarySheetFiles {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");

    /** Rows kept in memory per sheet: a class's sheet (title, two header rows, pupils) fits. */
    private static final int ROW_WINDOW = 100;

    private SummarySheetFiles() {}

    /** One header row (« Математика · I ч», …), then one row per pupil; CRLF line ends. */
    public static byte[] csv(SummarySheet sheet) {
        List<String> header = new ArrayList<>(List.of("№", "Фамилия, имя"));
        for (SummarySheet.SubjectCol subject : sheet.subjects()) {
            for (String period : sheet.periods()) {
                header.add(subject.name() + " · " + period);
            }
            header.add(subject.name() + " · год");
        }
        header.add("Пропущено уроков · всего");
        header.add("Пропущено уроков · по болезни");
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (SummarySheet.PupilLine pupil : sheet.pupils()) {
            line(out, values(pupil));
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    /**
     * The sheet as a workbook of its own, its sheet named «Сводная ведомость» (the archive's
     * package holds one file per class).
     */
    public static byte[] xlsx(SummarySheet sheet) {
        return write(List.of(sheet), true, RUSSIAN);
    }

    /**
     * The workbook's own words: the hand-over package's in Russian, the form's language ({@link
     * #RUSSIAN}); the deputy's download in the reader's language (texts from the edge).
     */
    public record Headings(
            String title,
            String pupil,
            String yearMark,
            String missed,
            String missedTotal,
            String missedIllness,
            String sheetName) {}

    /** The standard form's words, as the archive keeps it. */
    public static final Headings RUSSIAN =
            new Headings(
                    "Сводная ведомость учёта успеваемости",
                    "Фамилия, имя",
                    "год",
                    "Пропущено уроков",
                    "всего",
                    "по болезни",
                    "Сводная ведомость");

    /**
     * Several classes' sheets as one workbook, a sheet per class named by its title (a school's
     * summary sheets of a year for the deputy head, R-C10, R-O01), in the order given.
     */
    public static byte[] xlsx(List<SummarySheet> sheets, Headings words) {
        return write(sheets, false, words);
    }

    private static byte[] write(List<SummarySheet> sheets, boolean single, Headings words) {
        // streaming, as ReportXlsx: the rows go to the file as they are made, not into a DOM that
        // is serialised at the end (a school's 24 sheets: 0.4–2 s of XSSF on the 2-core machine)
        SXSSFWorkbook book = new SXSSFWorkbook(ROW_WINDOW);
        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setWrapText(true);
            CellStyle centered = book.createCellStyle();
            centered.setAlignment(HorizontalAlignment.CENTER);
            Set<String> names = new HashSet<>();
            for (SummarySheet sheet : sheets) {
                String name =
                        single
                                ? words.sheetName()
                                : unique(
                                        names,
                                        WorkbookUtil.createSafeSheetName(sheet.classTitle(), '_'));
                write(sheet, book.createSheet(name), heading, centered, words);
            }
            if (sheets.isEmpty()) {
                book.createSheet(words.sheetName()); // a workbook needs a sheet to open
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // close() leaves the rows' temporary files (pupils' names and marks) until the JVM
            // exits; only dispose() deletes them, also when writing failed
            book.dispose();
        }
    }

    /** Sheet names must differ without regard to case; a second «5 А» becomes «5 А (2)». */
    private static String unique(Set<String> names, String name) {
        String candidate = name;
        for (int n = 2; !names.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    /**
     * Row 1 the title, rows 2-3 the two header rows (subjects merged over their periods), then the
     * pupils. Marks that are whole numbers are numbers, so a spreadsheet can average them.
     */
    private static void write(
            SummarySheet sheet, Sheet s, CellStyle heading, CellStyle centered, Headings words) {
        s.createRow(0)
                .createCell(0)
                .setCellValue(
                        words.title()
                                + " · "
                                + orEmpty(sheet.schoolName())
                                + " · "
                                + sheet.classTitle()
                                + " · "
                                + sheet.year());
        Row first = s.createRow(1);
        Row second = s.createRow(2);
        text(first, 0, "№", heading);
        text(first, 1, words.pupil(), heading);
        s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        s.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
        int perSubject = sheet.periods().size() + 1;
        int col = 2;
        for (SummarySheet.SubjectCol subject : sheet.subjects()) {
            text(first, col, subject.name(), heading);
            if (perSubject > 1) {
                s.addMergedRegion(new CellRangeAddress(1, 1, col, col + perSubject - 1));
            }
            for (String period : sheet.periods()) {
                text(second, col++, period, heading);
            }
            text(second, col++, words.yearMark(), heading);
        }
        text(first, col, words.missed(), heading);
        s.addMergedRegion(new CellRangeAddress(1, 1, col, col + 1));
        text(second, col, words.missedTotal(), heading);
        text(second, col + 1, words.missedIllness(), heading);

        int r = 3;
        for (SummarySheet.PupilLine pupil : sheet.pupils()) {
            Row row = s.createRow(r++);
            List<String> values = values(pupil);
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (c != 1 && WHOLE.matcher(v).matches()) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(Integer.parseInt(v));
                    cell.setCellStyle(centered);
                } else {
                    text(row, c, v, c == 1 ? null : centered);
                }
            }
        }
        s.setColumnWidth(0, 5 * 256);
        s.setColumnWidth(1, 30 * 256);
        s.createFreezePane(2, 3);
    }

    private static List<String> values(SummarySheet.PupilLine pupil) {
        List<String> values = new ArrayList<>();
        values.add(String.valueOf(pupil.number()));
        values.add(pupil.name());
        for (SummarySheet.SubjectMarks marks : pupil.subjects()) {
            values.addAll(marks.periods());
            values.add(marks.year());
        }
        values.add(String.valueOf(pupil.missed()));
        values.add(String.valueOf(pupil.missedIllness()));
        return values;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * Quoted when it holds a separator, quote or line break (RFC 4180); a text a spreadsheet would
     * take for a formula gets a leading apostrophe, so opening the file never runs anything.
     */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
