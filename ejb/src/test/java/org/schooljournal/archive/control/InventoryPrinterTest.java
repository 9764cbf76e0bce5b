package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.pdf.ArchivalPdf;
import org.schooljournal.platform.control.pdf.PdfFile;

class InventoryPrinterTest {
    private static final String HASH =
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** Forty documents: twenty classes, so the table continues on a second page. */
    private static List<InventoryPrinter.Entry> entries() {
        List<InventoryPrinter.Entry> list = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            String title = (5 + c / 4) + " «" + "АБВГ".charAt(c % 4) + "»";
            list.add(
                    new InventoryPrinter.Entry(
                            title,
                            "Классный журнал",
                            1,
                            78,
                            LocalDate.of(2031, 6, 30),
                            HASH,
                            "documents/" + c + "/class-journal-v1.pdf"));
            list.add(
                    new InventoryPrinter.Entry(
                            title,
                            "Сводная ведомость",
                            c == 0 ? 2 : 1,
                            2,
                            LocalDate.of(2051, 6, 30),
                            HASH,
                            "documents/" + c + "/summary-sheet-v1.pdf"));
        }
        return list;
    }

    private static final PdfFile PRINTED =
            InventoryPrinter.print("Школа № 1", "2025/2026", LocalDate.of(2026, 12, 6), entries());

    @Test
    @DisplayName("R-P03 R-P06 the hand-over package's inventory (опись) is PDF/A-2b")
    void archival() {
        ClassBookPrinterTest.keep("inventory.pdf", PRINTED.bytes());
        assertThat(ArchivalPdf.pdfaFailures(PRINTED.bytes())).isEmpty();
    }

    @Test
    @DisplayName(
            "R-P03 R-P06 the inventory lists every document with class, kind, version, sheets,"
                    + " keep-until date and the whole SHA-256, and totals documents and sheets")
    void content() {
        String text = ArchivalPdf.text(PRINTED.bytes());
        assertThat(text)
                .contains("ОПИСЬ ДОКУМЕНТОВ")
                .contains("Школа № 1 · 2025/2026 учебный год")
                .contains("9 «Г»")
                .contains("Сводная ведомость")
                .contains("documents/19/summary-sheet-v1.pdf")
                .contains("30.06.2051")
                .contains("30.06.2031")
                .contains("В опись внесено документов: 40, листов: 1600.")
                .contains("Передал:")
                .contains("Принял:");
        assertThat(text.split(HASH, -1)).as("one whole hash per document").hasSize(41);
        assertThat(PRINTED.pages()).isGreaterThan(1);
        assertThat(ArchivalPdf.text(PRINTED.bytes(), 2)).contains("(продолжение)");
    }

    @Test
    @DisplayName("R-P03 the same documents on the same day print the same inventory bytes")
    void reproducible() {
        assertThat(
                        InventoryPrinter.print(
                                        "Школа № 1",
                                        "2025/2026",
                                        LocalDate.of(2026, 12, 6),
                                        entries())
                                .bytes())
                .isEqualTo(PRINTED.bytes());
    }
}
