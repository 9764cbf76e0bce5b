package org.schooljournal.batch.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.schooljournal.platform.entity.JournalException;

/**
 * How the batch jobs read an uploaded XLSX sheet (the pupil roster, the lesson plan): one cell's
 * text, and the zip-bomb check before POI sees the file. A formula's cached value is never used:
 * whoever uploads a sheet sees what it computed on their machine, not what we would read.
 */
public final class XlsxCells {
    /** How a date-formatted number reads: ISO yyyy-MM-dd, or as the sheet shows it. */
    public enum Dates {
        ISO,
        AS_SHOWN
    }

    private final DataFormatter formatter = new DataFormatter();
    private final Dates dates;

    public XlsxCells(Dates dates) {
        this.dates = dates;
    }

    /**
     * A cell's text: a string as typed, a formula or blank as "", a whole number (a phone, an hour
     * count) without ".0" or E+10, anything else as the sheet shows it.
     */
    public String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case FORMULA, BLANK -> "";
            case NUMERIC -> number(cell);
            default -> formatter.formatCellValue(cell);
        };
    }

    private String number(Cell cell) {
        if (dates == Dates.ISO && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            return date == null ? formatter.formatCellValue(cell) : date.toLocalDate().toString();
        }
        double value = cell.getNumericCellValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return formatter.formatCellValue(cell);
    }

    /**
     * Refuses a file that is no zip, has more than {@code maxEntries} entries or unpacks to more
     * than {@code maxUnpackedBytes}: POI holds the whole sheet in memory, so a zip bomb (2 MB that
     * unpacks to gigabytes) must not reach it. The refusals are {@code <job>.file.format} and
     * {@code <job>.file.tooLargeUnpacked} of the job's own messages.
     */
    public static void checkUnpackedSize(
            byte[] content, long maxUnpackedBytes, int maxEntries, String job) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            while (zip.getNextEntry() != null) {
                if (++entries > maxEntries) {
                    throw invalid(job + ".file.format");
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > maxUnpackedBytes) {
                        throw invalid(job + ".file.tooLargeUnpacked", maxUnpackedBytes);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw invalid(job + ".file.format");
        }
        if (entries == 0) {
            throw invalid(job + ".file.format");
        }
    }

    private static JournalException invalid(String key, Object... args) {
        return new JournalException(JournalException.Kind.INVALID, key, args);
    }
}
