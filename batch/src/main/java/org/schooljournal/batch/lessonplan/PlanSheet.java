package org.schooljournal.batch.lessonplan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.schooljournal.batch.xlsx.XlsxCells;
import org.schooljournal.lessonplan.entity.LessonPlanTopic;
import org.schooljournal.lessonplan.entity.TopicLine;
import org.schooljournal.platform.entity.JournalException;

/**
 * Reads and writes the sheet of a calendar-thematic plan (R-S09): columns "№" (optional), "Тема" /
 * "Topic" (required) and "Часы" / "Hours" (optional, 1 when empty), the header in the first
 * non-empty row. Nothing is skipped silently: a file with a bad row is refused as a whole, naming
 * the row as a spreadsheet numbers it and the reason, so a plan is never half-replaced. Wholly
 * empty rows are not topics and are passed over. The "№" column is informative: topics are numbered
 * in the order of their rows.
 */
public final class PlanSheet {
    public static final int MAX_BYTES = 2_097_152;
    public static final int MAX_TOPICS = 1000;

    /** Keeps a zip bomb (2 MB unpacking to gigabytes) from reaching POI. */
    static final long MAX_UNPACKED_BYTES = 10L * 1024 * 1024;

    private static final int MAX_ENTRIES = 1000;
    private static final Logger LOG = Logger.getLogger(PlanSheet.class.getName());

    private PlanSheet() {}

    /**
     * The topics of the sheet in order.
     *
     * @throws JournalException ({@code INVALID}) for an empty, too large or unreadable file, a
     *     missing "Тема" column, no topics at all, or any bad row (naming it)
     */
    public static List<TopicLine> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("lessonPlan.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw invalid("lessonPlan.file.tooLarge", content.length, MAX_BYTES);
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            throw invalid("lessonPlan.file.format");
        }
        checkUnpackedSize(content);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                throw invalid("lessonPlan.file.noTopics");
            }
            return topics(book.getSheetAt(0));
        } catch (JournalException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // POI reports a broken or foreign zip with many exception types
            LOG.log(Level.FINE, "Unreadable XLSX lesson plan", unreadable);
            throw invalid("lessonPlan.file.format");
        }
    }

    private static List<TopicLine> topics(Sheet sheet) {
        XlsxCells cells = new XlsxCells(XlsxCells.Dates.AS_SHOWN);
        Map<PlanColumn, Integer> positions = null;
        List<TopicLine> topics = new ArrayList<>();
        for (Row row : sheet) {
            int number = row.getRowNum() + 1;
            if (positions == null) {
                if (!isBlank(row, cells)) {
                    positions = header(row, cells);
                }
                continue;
            }
            if (isBlank(row, cells)) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.FORMULA) {
                    throw invalid("lessonPlan.row.formula", number);
                }
            }
            if (topics.size() == MAX_TOPICS) {
                throw invalid("lessonPlan.file.tooManyRows", MAX_TOPICS);
            }
            topics.add(line(number, row, positions, cells));
        }
        if (positions == null || topics.isEmpty()) {
            throw invalid(positions == null ? "lessonPlan.file.empty" : "lessonPlan.file.noTopics");
        }
        return List.copyOf(topics);
    }

    private static Map<PlanColumn, Integer> header(Row row, XlsxCells cells) {
        Map<PlanColumn, Integer> positions = new EnumMap<>(PlanColumn.class);
        for (Cell cell : row) {
            PlanColumn.ofHeader(cells.text(cell))
                    .ifPresent(c -> positions.putIfAbsent(c, cell.getColumnIndex()));
        }
        if (!positions.containsKey(PlanColumn.TOPIC)) {
            throw invalid(
                    "lessonPlan.file.header",
                    PlanColumn.TOPIC.label(),
                    PlanColumn.NUMBER.label()
                            + ", "
                            + PlanColumn.TOPIC.label()
                            + ", "
                            + PlanColumn.HOURS.label());
        }
        return positions;
    }

    private static TopicLine line(
            int number, Row row, Map<PlanColumn, Integer> positions, XlsxCells cells) {
        String title =
                PlanColumn.normalizedSpaces(
                        cells.text(row.getCell(positions.get(PlanColumn.TOPIC))));
        if (title.isEmpty()) {
            throw invalid("lessonPlan.row.noTopic", number);
        }
        if (title.length() > LessonPlanTopic.TITLE_MAX) {
            throw invalid("lessonPlan.row.tooLong", number, LessonPlanTopic.TITLE_MAX);
        }
        Integer hoursColumn = positions.get(PlanColumn.HOURS);
        String hours = hoursColumn == null ? "" : cells.text(row.getCell(hoursColumn)).strip();
        return new TopicLine(title, hours.isEmpty() ? 1 : hours(number, hours));
    }

    private static int hours(int number, String text) {
        if (text.matches("\\d{1,6}")) {
            int hours = Integer.parseInt(text);
            if (hours >= 1 && hours <= LessonPlanTopic.HOURS_MAX) {
                return hours;
            }
        }
        throw invalid("lessonPlan.row.hours", number, text, LessonPlanTopic.HOURS_MAX);
    }

    private static boolean isBlank(Row row, XlsxCells cells) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA || !cells.text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void checkUnpackedSize(byte[] content) {
        XlsxCells.checkUnpackedSize(content, MAX_UNPACKED_BYTES, MAX_ENTRIES, "lessonPlan");
    }

    /**
     * The plan as an XLSX workbook: a bold header row "№", "Тема", "Часы", one row per topic with
     * numbers as numbers, column widths set so the topics can be read without resizing. Reads back
     * to the same topics.
     */
    public static byte[] write(String sheetName, List<TopicLine> topics) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safeSheetName(sheetName));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle headerStyle = book.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            PlanColumn[] columns = PlanColumn.values();
            for (int c = 0; c < columns.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns[c].caption());
                cell.setCellStyle(headerStyle);
            }
            for (int i = 0; i < topics.size(); i++) {
                TopicLine topic = topics.get(i);
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(i + 1);
                Cell title = row.createCell(1);
                title.setCellValue(topic.title());
                title.setCellStyle(wrap);
                row.createCell(2).setCellValue(topic.hours());
            }
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 80 * 256);
            sheet.setColumnWidth(2, 8 * 256);
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    static String safeSheetName(String name) {
        String safe = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (safe.isEmpty()) {
            return "КТП";
        }
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }

    static JournalException invalid(String key, Object... args) {
        return new JournalException(JournalException.Kind.INVALID, key, args);
    }
}
