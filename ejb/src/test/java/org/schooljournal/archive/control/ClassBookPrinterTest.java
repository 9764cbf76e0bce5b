package org.schooljournal.archive.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.pdf.ArchivalPdf;

class ClassBookPrinterTest {
    private static final byte[] BOOK = ClassBookPrinter.print(SampleBooks.book(), false);

    /** Keeps the last printed files under target/ to look at (pdftoppm -r 60 -png). */
    static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "printed");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("R-P01 the class journal book is PDF/A-2b")
    void archival() {
        keep("book.pdf", BOOK);
        assertThat(ArchivalPdf.pdfaFailures(BOOK)).isEmpty();
    }

    @Test
    @DisplayName("R-P01 the book's text gives the pupils' names, marks, topics and substitutes")
    void extractable() {
        String text = ArchivalPdf.text(BOOK);
        assertThat(text)
                .contains("КЛАССНЫЙ ЖУРНАЛ")
                .contains("4 «А» класс")
                .contains("Сидорова Елена Ивановна")
                .contains("Алексеев Артём")
                .contains("Григорьева Софья")
                .contains("НП/3к")
                .contains("4к")
                .contains("Тема урока 17")
                .contains("Петрова А. С. (замена)")
                .contains("I ч")
                .contains("год")
                .contains("осв")
                .contains("н/а")
                .contains("4 вместо 3 — работа над ошибками");
    }

    @Test
    @DisplayName("R-P01 the same data prints byte-identical books")
    void reproducible() {
        assertThat(ClassBookPrinter.print(SampleBooks.book(), false)).isEqualTo(BOOK);
    }

    @Test
    @DisplayName("R-P01 every page is «Лист N из M», the certification block counts them all")
    void numberedAndCertified() {
        int pages = ArchivalPdf.pages(BOOK);
        for (int p = 1; p <= pages; p++) {
            assertThat(ArchivalPdf.text(BOOK, p)).contains("Лист " + p + " из " + pages);
        }
        String last = ArchivalPdf.text(BOOK, pages);
        assertThat(last)
                .contains(
                        "Всего пронумеровано, прошнуровано и скреплено печатью "
                                + pages
                                + " "
                                + ClassBookPrinter.sheets(pages))
                .contains("Кузнецов Олег Викторович")
                .contains("М.П.");
    }

    @Test
    @DisplayName("R-P01 the contents name each journal with the sheets it really occupies")
    void contents() {
        String contents = ArchivalPdf.text(BOOK, 2);
        assertThat(contents).contains("Математика").contains("Английский язык (группа 1)");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d+)–(\\d+)").matcher(contents);
        assertThat(m.find()).isTrue();
        int first = Integer.parseInt(m.group(1));
        assertThat(first).isEqualTo(3);
        assertThat(ArchivalPdf.text(BOOK, first)).contains("Математика").contains("сентябрь 2025");
        int last = Integer.parseInt(m.group(2));
        assertThat(ArchivalPdf.text(BOOK, last + 1)).contains("Английский язык (группа 1)");
    }

    @Test
    @DisplayName("R-P01 a month with more lessons than a page's columns continues on the next page")
    void manyLessonsContinue() {
        String text = ArchivalPdf.text(BOOK);
        assertThat(text)
                .contains("сентябрь 2025 (часть 1 из 2)")
                .contains("сентябрь 2025 (часть 2 из 2)");
        // the 22 weekdays of September 2025, each date's column printed once
        assertThat(text).contains("Тема урока 22");
    }

    @Test
    @DisplayName("R-P01 a long subject name wraps whole in headings and contents")
    void longSubject() {
        String text = ArchivalPdf.text(BOOK).replace("\n", " ").replaceAll(" +", " ");
        assertThat(text).contains(SampleBooks.LONG_SUBJECT);
    }

    @Test
    @DisplayName("R-P01 a draft is watermarked «ЧЕРНОВИК», PDF/A-2b, dated by nothing")
    void draft() {
        byte[] draft = ClassBookPrinter.print(SampleBooks.book(), true);
        keep("book-draft.pdf", draft);
        assertThat(ArchivalPdf.pdfaFailures(draft)).isEmpty();
        assertThat(ArchivalPdf.text(draft, 3)).contains(ClassBookPrinter.DRAFT);
        assertThat(ArchivalPdf.text(BOOK)).doesNotContain(ClassBookPrinter.DRAFT);
    }

    @Test
    @DisplayName("R-P01 лист, листа, листов")
    void sheetsNoun() {
        assertThat(ClassBookPrinter.sheets(1)).isEqualTo("лист");
        assertThat(ClassBookPrinter.sheets(3)).isEqualTo("листа");
        assertThat(ClassBookPrinter.sheets(12)).isEqualTo("листов");
        assertThat(ClassBookPrinter.sheets(221)).isEqualTo("лист");
        assertThat(ClassBookPrinter.sheets(57)).isEqualTo("листов");
    }
}
