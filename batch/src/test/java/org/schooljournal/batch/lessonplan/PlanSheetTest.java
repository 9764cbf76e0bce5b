package org.schooljournal.batch.lessonplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.lessonplan.entity.TopicLine;
import org.schooljournal.platform.entity.JournalException;

@DisplayName("R-S09 lesson plans (КТП): reading and writing the XLSX sheet")
class PlanSheetTest {

    /** A workbook whose cells starting with "=" are formulas and Numbers are numeric cells. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("КТП");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JournalException refusal(byte[] file) {
        try {
            PlanSheet.read(file);
        } catch (JournalException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    @DisplayName("R-S09 a good sheet gives the topics in row order with their hours, 1 when empty")
    void goodSheet() {
        List<TopicLine> topics =
                PlanSheet.read(
                        xlsx(
                                List.of(
                                        List.of("№", "Тема", "Часы"),
                                        List.of(1, "Натуральные числа", 3),
                                        Arrays.asList(2, "  Сложение\nи вычитание ", null),
                                        List.of(3, "Умножение", "2"))));

        assertThat(topics)
                .containsExactly(
                        new TopicLine("Натуральные числа", 3),
                        new TopicLine("Сложение и вычитание", 1),
                        new TopicLine("Умножение", 2));
    }

    @Test
    @DisplayName(
            "R-S09 English headers in any order and case are read; the № column and blank rows may be missing")
    void englishHeaders() {
        List<TopicLine> topics =
                PlanSheet.read(
                        xlsx(
                                List.of(
                                        List.of(),
                                        List.of(" HOURS ", "Topic"),
                                        List.of(4, "Fractions"),
                                        List.of(),
                                        List.of(1, "Decimals"))));

        assertThat(topics)
                .containsExactly(new TopicLine("Fractions", 4), new TopicLine("Decimals", 1));
    }

    @Test
    @DisplayName("R-S09 a sheet without the \"Тема\" column is refused naming it")
    void missingTopicColumn() {
        JournalException refused =
                refusal(xlsx(List.of(List.of("№", "Название", "Часы"), List.of(1, "Дроби", 2))));

        assertThat(refused.kind()).isEqualTo(JournalException.Kind.INVALID);
        assertThat(refused.key()).isEqualTo("lessonPlan.file.header");
        assertThat(refused.args()[0].toString()).contains("Тема");
    }

    @Test
    @DisplayName("R-S09 a formula cell refuses the whole file naming its row")
    void formula() {
        JournalException refused =
                refusal(
                        xlsx(
                                List.of(
                                        List.of("№", "Тема", "Часы"),
                                        List.of(1, "Дроби", 2),
                                        List.of(2, "Проценты", "=1+1"))));

        assertThat(refused.key()).isEqualTo("lessonPlan.row.formula");
        assertThat(refused.args()).containsExactly(3);
    }

    @Test
    @DisplayName("R-S09 hours that are not a positive whole number refuse the file naming the row")
    void badHours() {
        JournalException abc =
                refusal(
                        xlsx(
                                List.of(
                                        List.of("Тема", "Часы"),
                                        List.of("Дроби", 2),
                                        List.of("Проценты", "abc"))));
        JournalException zero =
                refusal(xlsx(List.of(List.of("Тема", "Часы"), List.of("Дроби", 0))));
        JournalException half =
                refusal(xlsx(List.of(List.of("Тема", "Часы"), List.of("Дроби", 1.5))));

        assertThat(abc.key()).isEqualTo("lessonPlan.row.hours");
        assertThat(abc.args()[0]).isEqualTo(3);
        assertThat(abc.args()[1]).isEqualTo("abc");
        assertThat(zero.key()).isEqualTo("lessonPlan.row.hours");
        assertThat(half.key()).isEqualTo("lessonPlan.row.hours");
    }

    @Test
    @DisplayName("R-S09 an empty topic or one over 500 characters refuses the file naming the row")
    void badTitles() {
        JournalException empty =
                refusal(
                        xlsx(
                                List.of(
                                        List.of("№", "Тема", "Часы"),
                                        List.of(1, "Дроби", 2),
                                        List.of(2, " ", 1))));
        JournalException tooLong =
                refusal(xlsx(List.of(List.of("Тема"), List.of("я".repeat(501)))));

        assertThat(empty.key()).isEqualTo("lessonPlan.row.noTopic");
        assertThat(empty.args()).containsExactly(3);
        assertThat(tooLong.key()).isEqualTo("lessonPlan.row.tooLong");
        assertThat(tooLong.args()[0]).isEqualTo(2);
    }

    @Test
    @DisplayName("R-S09 an empty, too large, non-XLSX or topic-less file is refused")
    void badFiles() {
        assertThat(refusal(new byte[0]).key()).isEqualTo("lessonPlan.file.empty");
        assertThat(refusal(new byte[PlanSheet.MAX_BYTES + 1]).key())
                .isEqualTo("lessonPlan.file.tooLarge");
        assertThat(refusal("Тема;Часы\nДроби;2".getBytes(StandardCharsets.UTF_8)).key())
                .isEqualTo("lessonPlan.file.format");
        assertThat(refusal(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}).key())
                .isEqualTo("lessonPlan.file.format");
        assertThat(refusal(xlsx(List.of(List.of("№", "Тема", "Часы")))).key())
                .isEqualTo("lessonPlan.file.noTopics");
        assertThatThrownBy(() -> PlanSheet.read(null)).isInstanceOf(JournalException.class);
    }

    @Test
    @DisplayName("R-S09 an exported plan has a bold header and set widths, and reads back the same")
    void roundTrip() throws IOException {
        List<TopicLine> topics =
                List.of(
                        new TopicLine("Натуральные числа", 3),
                        new TopicLine("Обыкновенные дроби: сложение", 5),
                        new TopicLine("=СУММ(А1) не формула", 1));

        byte[] exported = PlanSheet.write("Математика, 5 класс", topics);

        assertThat(PlanSheet.read(exported)).isEqualTo(topics);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("№");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Тема");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Часы");
            assertThat(book.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2.0);
        }
    }

    @Test
    @DisplayName("R-S09 a sheet name is cut to what Excel allows")
    void sheetName() {
        assertThat(PlanSheet.safeSheetName("Основы безопасности и защиты Родины, 11 класс"))
                .hasSizeLessThanOrEqualTo(31);
        assertThat(PlanSheet.safeSheetName("a/b:c")).isEqualTo("a b c");
        assertThat(PlanSheet.safeSheetName(null)).isEqualTo("КТП");
    }
}
