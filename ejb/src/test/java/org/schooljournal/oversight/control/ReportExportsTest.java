package org.schooljournal.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.pdf.ArchivalPdf;

class ReportExportsTest {
    static ReportTable sample(int rows) {
        List<List<String>> data = new ArrayList<>();
        data.add(List.of("5 «А»", "Русский язык; литература", "Иванова \"Маша\"", "87,5"));
        for (int i = 2; i <= rows; i++) {
            data.add(List.of("6 «Б»", "Математика", "Ученик " + i, String.valueOf(i)));
        }
        return new ReportTable(
                "Успеваемость и качество",
                List.of("Период: 1-я четверть", "«осв» считается успевающим"),
                List.of("Класс", "Предмет", "Обучающийся", "Успеваемость, %"),
                data);
    }

    @Test
    @DisplayName("R-O01 CSV: UTF-8 with BOM, «;» between fields, quoting read back by a CSV parser")
    void csv() throws Exception {
        byte[] bytes = ReportCsv.of(sample(3));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        try (Reader in =
                new InputStreamReader(
                        new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                        StandardCharsets.UTF_8)) {
            List<CSVRecord> records =
                    CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(in).getRecords();
            assertThat(records).hasSize(4);
            assertThat(records.get(0).toList())
                    .containsExactly("Класс", "Предмет", "Обучающийся", "Успеваемость, %");
            assertThat(records.get(1).toList())
                    .containsExactly(
                            "5 «А»", "Русский язык; литература", "Иванова \"Маша\"", "87,5");
        }
    }

    @Test
    @DisplayName(
            "R-O01 XLSX: POI reads the title, the header and the rows back; figures are numbers")
    void xlsx() throws Exception {
        byte[] bytes = ReportXlsx.of(sample(3));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Успеваемость и качество");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).contains("осв");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue())
                    .isEqualTo("Успеваемость, %");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue())
                    .isEqualTo("Иванова \"Маша\"");
            assertThat(sheet.getRow(5).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(87.5);
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
        }
    }

    @Test
    @DisplayName(
            "R-O01 R-O03 PDF: PDF/A-2b by veraPDF, Cyrillic text extractable, a long table on several pages")
    void pdf() {
        byte[] bytes = ReportPdf.of(sample(90), "Школа № 1", LocalDate.of(2026, 12, 6));
        assertThat(ArchivalPdf.pdfaFailures(bytes)).isEmpty();
        String text = ArchivalPdf.text(bytes);
        assertThat(text).contains("Успеваемость и качество", "Школа № 1", "Иванова", "Ученик 90");
        assertThat(ArchivalPdf.pages(bytes)).isGreaterThan(1);
    }
}
