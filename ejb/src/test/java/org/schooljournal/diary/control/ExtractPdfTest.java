package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.pdf.ArchivalPdf;

class ExtractPdfTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final String PERIOD = "2 четверть (09.11.2026 – 27.12.2026)";

    private static ExtractPdf.Extract extract(String pupil) {
        return new ExtractPdf.Extract(
                pupil,
                "5 «А»",
                "Иванова М. П.",
                List.of(
                        new ExtractPdf.Line(
                                "Математика",
                                List.of("5", "4к", "3т", "5дз"),
                                new BigDecimal("4.17"),
                                "4",
                                2,
                                0,
                                1,
                                1),
                        new ExtractPdf.Line("Русский язык", List.of(), null, null, 0, 0, 0, 0)));
    }

    /** For people to look at: target/extract.pdf. */
    private static void keep(byte[] pdf, String name) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName(
            "R-D03 a pupil's extract in the school's form: school, pupil, class, period, date of issue, marks with work types, period mark, attendance, the homeroom teacher's signature line and М.П.; PDF/A-2b")
    void pupilsExtract() {
        byte[] pdf =
                ExtractPdf.print(
                        "МБОУ «Школа № 1»", PERIOD, DAY, List.of(extract("Петров Иван Ильич")));
        keep(pdf, "extract.pdf");
        assertThat(ArchivalPdf.pdfaFailures(pdf)).isEmpty();
        assertThat(ArchivalPdf.pages(pdf)).isEqualTo(1);
        String text = ArchivalPdf.text(pdf, 1);
        assertThat(text)
                .contains("МБОУ «Школа № 1»", "ВЫПИСКА ИЗ ЭЛЕКТРОННОГО ЖУРНАЛА")
                .contains("Обучающийся: Петров Иван Ильич", "Класс: 5 «А»")
                .contains("Период: " + PERIOD, "Дата выдачи: 07.12.2026")
                .contains("Математика", "5 4к 3т 5дз", "4,17", "Б 2, НП 1; ОП 1")
                .contains("Русский язык")
                .contains("Классный руководитель", "/ Иванова М. П. /", "М.П.");
    }

    @Test
    @DisplayName(
            "R-D03 a class's extracts: one file, a pupil per page, byte-stable for the same data")
    void classExtracts() {
        List<ExtractPdf.Extract> all =
                List.of(
                        extract("Антонова Анна"),
                        extract("Борисов Борис"),
                        extract("Волков Вадим"));
        byte[] pdf = ExtractPdf.print("МБОУ «Школа № 1»", PERIOD, DAY, all);
        keep(pdf, "extracts-class.pdf");
        assertThat(ArchivalPdf.pdfaFailures(pdf)).isEmpty();
        assertThat(ArchivalPdf.pages(pdf)).isEqualTo(3);
        assertThat(ArchivalPdf.text(pdf, 2)).contains("Борисов Борис").doesNotContain("Антонова");
        assertThat(ExtractPdf.print("МБОУ «Школа № 1»", PERIOD, DAY, all)).isEqualTo(pdf);
    }
}
