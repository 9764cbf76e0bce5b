package org.schooljournal.oversight.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an XLSX workbook (R-O01): the title and notes above, a bold header row frozen under
 * them, then the rows. Cells that are plain numbers («87,5» or «12») are written as numbers so
 * Excel can sum and chart them; everything else stays text. Streaming (SXSSF), so a school-wide
 * report needs no more memory than a window of rows.
 */
public final class ReportXlsx {
    private ReportXlsx() {}

    public static byte[] of(ReportTable table) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (book;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName(table.title()));
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle bold = book.createCellStyle();
            bold.setFont(boldFont);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(table.title());
            title.getCell(0).setCellStyle(bold);
            for (String note : table.notes()) {
                sheet.createRow(r++).createCell(0).setCellValue(note);
            }
            r++;
            Row header = sheet.createRow(r++);
            fill(header, table.header(), bold);
            sheet.createFreezePane(0, r);
            for (List<String> row : table.rows()) {
                fill(sheet.createRow(r++), row, null);
            }
            for (int c = 0; c < table.header().size(); c++) {
                sheet.setColumnWidth(c, 256 * width(table, c));
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

    private static void fill(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            String v = values.get(c);
            if (style == null && v.matches("-?\\d{1,9}([.,]\\d+)?")) {
                cell.setCellValue(Double.parseDouble(v.replace(',', '.')));
            } else {
                cell.setCellValue(v);
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static int width(ReportTable table, int column) {
        int w = table.header().get(column).length();
        for (List<String> row : table.rows()) {
            w = Math.max(w, row.get(column).length());
        }
        return Math.min(60, w + 2);
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet's name. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name.isEmpty() ? "1" : name;
    }
}
