package org.schooljournal.batch.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.boundary.SummarySheet;

class SummarySheetFilesTest {
    static SummarySheet sheet() {
        return new SummarySheet(
                7,
                "5 «А»",
                "Школа № 1",
                3,
                "2025/2026",
                List.of("I ч", "II ч"),
                List.of(
                        new SummarySheet.SubjectCol(1, "Математика", "Мат."),
                        new SummarySheet.SubjectCol(2, "Физкультура; ОФП", "Физ.")),
                List.of(
                        new SummarySheet.PupilLine(
                                1,
                                11,
                                "Алексеев Артём",
                                List.of(
                                        new SummarySheet.SubjectMarks(1, List.of("5", "4"), "5"),
                                        new SummarySheet.SubjectMarks(
                                                2, List.of("осв", "осв"), "осв")),
                                12,
                                8),
                        new SummarySheet.PupilLine(
                                2,
                                12,
                                "=Борисова \"Бэлла\"",
                                List.of(
                                        new SummarySheet.SubjectMarks(1, List.of("3", ""), "н/а"),
                                        new SummarySheet.SubjectMarks(2, List.of("4", "5"), "5")),
                                0,
                                0)));
    }

    @Test
    @DisplayName(
            "R-C10 R-P03 the summary sheet as CSV: UTF-8 with BOM, «;», a header naming subject and"
                    + " period, one line per pupil with its marks and absences")
    void csv() {
        byte[] file = SummarySheetFiles.csv(sheet());
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .isEqualTo(
                        "№;Фамилия, имя;Математика · I ч;Математика · II ч;Математика · год;"
                                + "\"Физкультура; ОФП · I ч\";\"Физкультура; ОФП · II ч\";"
                                + "\"Физкультура; ОФП · год\";Пропущено уроков · всего;"
                                + "Пропущено уроков · по болезни");
        assertThat(lines.get(1)).isEqualTo("1;Алексеев Артём;5;4;5;осв;осв;осв;12;8");
        assertThat(lines.get(2))
                .as("quotes doubled; a would-be formula made text")
                .isEqualTo("2;\"'=Борисова \"\"Бэлла\"\"\";3;;н/а;4;5;5;0;0");
    }

    @Test
    @DisplayName(
            "R-C10 R-P03 the summary sheet as XLSX: title, subjects merged over their periods,"
                    + " whole-number marks as numbers, other marks as text")
    void xlsx() throws Exception {
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(SummarySheetFiles.xlsx(sheet())))) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue())
                    .contains("5 «А»")
                    .contains("2025/2026")
                    .contains("Школа № 1");
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Математика");
            assertThat(s.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Физкультура; ОФП");
            assertThat(s.getMergedRegions())
                    .contains(CellRangeAddress.valueOf("C2:E2"))
                    .contains(CellRangeAddress.valueOf("F2:H2"))
                    .contains(CellRangeAddress.valueOf("I2:J2"));
            assertThat(s.getRow(2).getCell(3).getStringCellValue()).isEqualTo("II ч");
            assertThat(s.getRow(2).getCell(4).getStringCellValue()).isEqualTo("год");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Алексеев Артём");
            assertThat(s.getRow(3).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(s.getRow(3).getCell(5).getStringCellValue()).isEqualTo("осв");
            assertThat(s.getRow(4).getCell(4).getStringCellValue()).isEqualTo("н/а");
            assertThat(s.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(12);
            assertThat(s.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    @DisplayName(
            "R-C10 R-O01 a school's summary sheets as one XLSX: a sheet per class named by its title"
                    + " in the given order, each laid out as the single sheet; a repeated title"
                    + " still gets a sheet of its own")
    void severalClassesInOneWorkbook() throws Exception {
        SummarySheet a = sheet();
        SummarySheet b =
                new SummarySheet(
                        8,
                        "6 «Б»",
                        a.schoolName(),
                        a.yearId(),
                        a.year(),
                        a.periods(),
                        a.subjects(),
                        a.pupils().subList(1, 2));
        byte[] file = SummarySheetFiles.xlsx(List.of(a, b, a), SummarySheetFiles.RUSSIAN);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("5 «А»", "6 «Б»", "5 «А» (2)");
            Sheet first = book.getSheetAt(0);
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).contains("5 «А»");
            assertThat(first.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(first.getLastRowNum()).isEqualTo(4);
            Sheet second = book.getSheetAt(1);
            assertThat(second.getRow(0).getCell(0).getStringCellValue()).contains("6 «Б»");
            assertThat(second.getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo("=Борисова \"Бэлла\"");
            assertThat(second.getRow(3).getCell(4).getStringCellValue()).isEqualTo("н/а");
            assertThat(second.getMergedRegions()).contains(CellRangeAddress.valueOf("C2:E2"));
            assertThat(second.getLastRowNum()).isEqualTo(3);
        }
        try (XSSFWorkbook none =
                new XSSFWorkbook(
                        new ByteArrayInputStream(
                                SummarySheetFiles.xlsx(List.of(), SummarySheetFiles.RUSSIAN)))) {
            assertThat(none.getNumberOfSheets()).as("a workbook Excel opens").isEqualTo(1);
        }
    }

    @Test
    @DisplayName(
            "R-O01 R-C10 a workbook of summary sheets leaves no temporary file of pupils' names and"
                    + " marks behind")
    void noTemporaryFiles() throws Exception {
        java.nio.file.Path poi =
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<String> before = sxssfFiles(poi);
        SummarySheetFiles.xlsx(List.of(sheet(), sheet()), SummarySheetFiles.RUSSIAN);
        SummarySheetFiles.xlsx(sheet());
        assertThat(poi).as("POI wrote its streamed rows there").isDirectory();
        assertThat(sxssfFiles(poi)).isSubsetOf(before);
    }

    private static List<String> sxssfFiles(java.nio.file.Path dir) throws Exception {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("poi-sxssf"))
                    .toList();
        }
    }
}
