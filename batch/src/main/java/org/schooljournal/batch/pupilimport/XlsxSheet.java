package org.schooljournal.batch.pupilimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.schooljournal.batch.xlsx.XlsxCells;
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
            XlsxCells reader = new XlsxCells(XlsxCells.Dates.ISO);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                Set<Integer> formulas = new HashSet<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.add(i);
                    }
                    cells.add(reader.text(cell));
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

    private static void checkUnpackedSize(byte[] content) {
        XlsxCells.checkUnpackedSize(content, MAX_UNPACKED_BYTES, MAX_ENTRIES, "import");
    }
}
