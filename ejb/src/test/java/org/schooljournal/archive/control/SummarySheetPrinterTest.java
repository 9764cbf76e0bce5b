package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.pdf.ArchivalPdf;

class SummarySheetPrinterTest {
    private static final byte[] SHEET =
            SummarySheetPrinter.print(
                    SampleBooks.sheet(), "Кузнецов О. В.", SampleBooks.CLOSED, false);

    @Test
    @DisplayName("R-C10 R-P02 the printed summary sheet is PDF/A-2b")
    void archival() {
        ClassBookPrinterTest.keep("summary.pdf", SHEET);
        assertThat(ArchivalPdf.pdfaFailures(SHEET)).isEmpty();
    }

    @Test
    @DisplayName("R-C10 R-P02 the sheet names pupils, subjects, periods, year marks and absences")
    void content() {
        String text = ArchivalPdf.text(SHEET);
        assertThat(text)
                .contains("СВОДНАЯ ВЕДОМОСТЬ УЧЁТА УСПЕВАЕМОСТИ")
                .contains("4 «А» класс")
                .contains("Алексеев Артём")
                .contains("Математика")
                .contains("IV ч")
                .contains("осв")
                .contains("Кузнецов О. В.")
                .contains("М.П.");
        String flat = text.replace("\n", " ").replaceAll(" +", " ");
        assertThat(flat)
                .contains(SampleBooks.LONG_SUBJECT)
                .contains("Пропущено уроков")
                .contains("по болезни");
    }

    @Test
    @DisplayName("R-C10 R-P02 the same sheet prints byte-identical; every page «Лист N из M»")
    void reproducibleAndNumbered() {
        assertThat(
                        SummarySheetPrinter.print(
                                SampleBooks.sheet(), "Кузнецов О. В.", SampleBooks.CLOSED, false))
                .isEqualTo(SHEET);
        int pages = ArchivalPdf.pages(SHEET);
        assertThat(pages).isGreaterThan(1);
        for (int p = 1; p <= pages; p++) {
            assertThat(ArchivalPdf.text(SHEET, p)).contains("Лист " + p + " из " + pages);
        }
    }

    @Test
    @DisplayName("R-C10 R-P02 a draft sheet is watermarked and still PDF/A-2b")
    void draft() {
        byte[] draft = SummarySheetPrinter.print(SampleBooks.sheet(), null, null, true);
        ClassBookPrinterTest.keep("summary-draft.pdf", draft);
        assertThat(ArchivalPdf.pdfaFailures(draft)).isEmpty();
        assertThat(ArchivalPdf.text(draft, 1)).contains(ClassBookPrinter.DRAFT);
    }
}
