package org.schooljournal.platform.control.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.pdf.PdfDocument.Orientation;
import org.schooljournal.platform.control.pdf.PdfPage.Style;
import org.schooljournal.platform.control.pdf.PdfTable.Cell;
import org.schooljournal.platform.control.pdf.PdfTable.Position;

class PdfDocumentTest {
    private static byte[] sample(String watermark) {
        try (PdfDocument pdf =
                PdfDocument.a4(
                        Orientation.LANDSCAPE, "Проба «А»", LocalDate.of(2026, 6, 1), watermark)) {
            PdfPage page = pdf.newPage();
            page.text(page.left(), page.top() - 16, "Иванова Мария", Style.TITLE);
            PdfTable table = new PdfTable(Style.TEXT, 30, 200, 300);
            table.header(List.of(Cell.of("№"), Cell.of("Ученик"), Cell.of("Тема")));
            for (int i = 1; i <= 120; i++) {
                table.row(
                        List.of(
                                Cell.centered(String.valueOf(i)),
                                Cell.of("Ученик " + i),
                                Cell.of(
                                        "Тема урока номер "
                                                + i
                                                + " ".repeat(1)
                                                + "длинная ".repeat(i % 7))));
            }
            Position end =
                    table.draw(
                            page,
                            page.left(),
                            page.top() - 30,
                            () -> {
                                PdfPage next = pdf.newPage();
                                return new Position(next, next.top());
                            });
            end.page()
                    .later(
                            end.page().left(),
                            end.y() - 20,
                            400,
                            Style.TEXT,
                            total -> "Всего " + total + " листов");
            return pdf.finish();
        }
    }

    @Test
    @DisplayName("R-P01 a drawn document is PDF/A-2b, its Cyrillic text extractable")
    void archival() {
        byte[] pdf = sample(null);
        assertThat(ArchivalPdf.pdfaFailures(pdf)).isEmpty();
        String text = ArchivalPdf.text(pdf);
        assertThat(text).contains("Иванова Мария").contains("Ученик 120");
    }

    @Test
    @DisplayName("R-P01 the same drawing gives byte-identical files")
    void reproducible() {
        assertThat(sample(null)).isEqualTo(sample(null));
        assertThat(sample("ЧЕРНОВИК")).isEqualTo(sample("ЧЕРНОВИК")).isNotEqualTo(sample(null));
    }

    @Test
    @DisplayName("R-P01 every page says «Лист N из M»; text waiting for the count gets it")
    void numbered() {
        byte[] pdf = sample(null);
        int pages = ArchivalPdf.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        for (int p = 1; p <= pages; p++) {
            assertThat(ArchivalPdf.text(pdf, p)).contains("Лист " + p + " из " + pages);
        }
        assertThat(ArchivalPdf.text(pdf, pages)).contains("Всего " + pages + " листов");
    }

    @Test
    @DisplayName("R-P01 a table continuing on the next page repeats its header and loses no row")
    void tableContinues() {
        byte[] pdf = sample(null);
        int pages = ArchivalPdf.pages(pdf);
        List<String> missing = new ArrayList<>();
        String all = ArchivalPdf.text(pdf);
        for (int i = 1; i <= 120; i++) {
            if (!all.contains("Ученик " + i + "\n") && !all.contains("Ученик " + i + " ")) {
                missing.add("Ученик " + i);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(ArchivalPdf.text(pdf, pages)).contains("Тема");
    }

    @Test
    @DisplayName("R-P01 a draft is watermarked «ЧЕРНОВИК» and still PDF/A-2b")
    void draft() {
        byte[] pdf = sample("ЧЕРНОВИК");
        assertThat(ArchivalPdf.pdfaFailures(pdf)).isEmpty();
        assertThat(ArchivalPdf.text(pdf, 1)).contains("ЧЕРНОВИК");
    }

    @Test
    @DisplayName("R-P01 a word longer than its column wraps between letters, nothing cut")
    void wraps() {
        try (PdfDocument pdf = PdfDocument.a4(Orientation.PORTRAIT, "w", null, null)) {
            PdfPage page = pdf.newPage();
            String word = "Природоведение".repeat(4);
            List<String> lines =
                    PdfText.wrap(page.font(Style.TEXT), 9, "Очень " + word + " конец", 60);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo("Очень" + word + "конец");
            assertThat(lines)
                    .allSatisfy(
                            l -> assertThat(page.textWidth(l, Style.TEXT)).isLessThanOrEqualTo(60));
        }
    }
}
