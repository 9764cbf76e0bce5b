package org.schooljournal.batch.pupilimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.schooljournal.platform.entity.JournalException;

/** Reads the first sheet of an XLSX roster. Formula cells are flagged, not evaluated. */
final class XlsxSheet {
    /**
     * A 2,000-row roster unpacks to well under 1 MB; the limit keeps a zip bomb (2 MB that unpacks
     * to gigabytes) from reaching POI, which holds the whole sheet in memory.
     */
    static final long MAX_UNPACKED_BYTES = 10L * 1024 * 1024;

    private static final int MAX_ENTRIES = 1000;
    private static final Logger LOG = Logger.getLogger(XlsxSheet.class.getName());

    private XlsxSheet() {}

    static void read(byte[] content, RosterFile.Sink sink) {
        checkUnpackedSize(content);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                Set<Integer> formulas = new HashSet<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.add(i);
                    }
                    cells.add(text(cell, formatter));
                }
                if (!sink.row(row.getRowNum() + 1, cells, formulas)) {
                    return;
                }
            }
        } catch (JournalException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // POI reports a broken or foreign zip with many exception types
            LOG.log(Level.FINE, "Unreadable XLSX roster", unreadable);
            throw RosterFile.invalid("import.file.format");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case FORMULA, BLANK -> ""; // a formula's cached value is never used
            case NUMERIC -> number(cell, formatter);
            default -> formatter.formatCellValue(cell);
        };
    }

    /** Dates as yyyy-MM-dd (RowRules reads it); whole numbers (phones) without ".0" or E+10. */
    private static String number(Cell cell, DataFormatter formatter) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            return date == null ? formatter.formatCellValue(cell) : date.toLocalDate().toString();
        }
        double value = cell.getNumericCellValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return formatter.formatCellValue(cell);
    }

    private static void checkUnpackedSize(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    throw RosterFile.invalid("import.file.format");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw RosterFile.invalid(
                                "import.file.tooLargeUnpacked", MAX_UNPACKED_BYTES);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw RosterFile.invalid("import.file.format");
        }
        if (entries == 0) {
            throw RosterFile.invalid("import.file.format");
        }
    }
}
