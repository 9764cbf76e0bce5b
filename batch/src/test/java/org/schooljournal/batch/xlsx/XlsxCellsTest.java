package org.schooljournal.batch.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class XlsxCellsTest {
    @Test
    @DisplayName(
            "R-S09 a cell of a plan or a roster reads as typed: whole numbers without .0, a formula as nothing, a date as ISO where asked")
    void cellTexts() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row row = book.createSheet().createRow(0);
            row.createCell(0).setCellValue("Иванов");
            row.createCell(1).setCellValue(79991234567d);
            row.createCell(2).setCellValue(2.5);
            row.createCell(3).setCellFormula("1+1");
            var date = row.createCell(4);
            date.setCellValue(LocalDate.of(2015, 3, 7));
            var style = book.createCellStyle();
            style.setDataFormat(
                    book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            date.setCellStyle(style);

            XlsxCells iso = new XlsxCells(XlsxCells.Dates.ISO);
            assertThat(iso.text(row.getCell(0))).isEqualTo("Иванов");
            assertThat(iso.text(row.getCell(1))).isEqualTo("79991234567");
            assertThat(iso.text(row.getCell(2))).isEqualTo("2.5");
            assertThat(iso.text(row.getCell(3))).isEmpty();
            assertThat(iso.text(row.getCell(9))).isEmpty();
            assertThat(iso.text(date)).isEqualTo("2015-03-07");
            // the lesson plan has no dates: it reads a date-formatted number as the number
            assertThat(new XlsxCells(XlsxCells.Dates.AS_SHOWN).text(date)).isEqualTo("42070");
        }
    }

    @Test
    @DisplayName(
            "R-S09 a plan or a roster that unpacks to more than the limit is refused before POI reads it, in the job's words")
    void zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/big.xml"));
            zip.write(new byte[4096]);
            zip.closeEntry();
        }
        byte[] content = bytes.toByteArray();

        XlsxCells.checkUnpackedSize(content, 4096, 10, "import");
        assertThatThrownBy(() -> XlsxCells.checkUnpackedSize(content, 4095, 10, "lessonPlan"))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> assertThat(e.key()).isEqualTo("lessonPlan.file.tooLargeUnpacked"));
        assertThatThrownBy(() -> XlsxCells.checkUnpackedSize(new byte[] {1, 2}, 4096, 10, "import"))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> assertThat(e.key()).isEqualTo("import.file.format"));
    }
}
