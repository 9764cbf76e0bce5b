package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.pdf.ArchivalPdf;

class AccessSlipsTest {
    static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    private static List<AccessSlips.Slip> slips(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(
                        i ->
                                new AccessSlips.Slip(
                                        "Ученикова Дарья " + i + ", 5 «А»",
                                        i % 2 == 0
                                                ? AccessSlips.Holder.PARENT
                                                : AccessSlips.Holder.PUPIL,
                                        "uchenikova.d" + i,
                                        "Pw" + i + "xYz7kQ"))
                .toList();
    }

    /** For people to look at: target/access-slips.pdf. */
    private static void keep(byte[] pdf) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", "access-slips.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName(
            "R-A04 access slips: eight to an A4 page with login and one-time password each, PDF/A-2b")
    void slipsPrinted() {
        byte[] pdf =
                AccessSlips.print(
                        "МБОУ «Школа № 1»",
                        "https://journal.example.ru/journal/",
                        "Иванова М. П.",
                        DAY,
                        slips(9),
                        Messages.RUSSIAN);
        keep(pdf);
        assertThat(ArchivalPdf.pdfaFailures(pdf)).isEmpty();
        assertThat(ArchivalPdf.pages(pdf)).isEqualTo(2);
        String first = ArchivalPdf.text(pdf, 1);
        for (int i = 1; i <= 8; i++) {
            assertThat(first).contains("uchenikova.d" + i, "Pw" + i + "xYz7kQ");
        }
        assertThat(first)
                .contains("МБОУ «Школа № 1»", "https://journal.example.ru/journal/")
                .contains("при первом входе система попросит придумать")
                .contains("Выдал: Иванова М. П., 07.12.2026")
                .doesNotContain("uchenikova.d9");
        assertThat(ArchivalPdf.text(pdf, 2)).contains("uchenikova.d9", "Pw9xYz7kQ");
        assertThat(first).contains("Ученик: Ученикова Дарья 1", "Родитель: Ученикова Дарья 2");
    }

    @Test
    @DisplayName(
            "R-A04 an access slip reads in the caller's language: English asked, English printed")
    void slipsInEnglish() {
        byte[] pdf =
                AccessSlips.print(
                        "School No. 1",
                        "https://journal.example.ru/journal/",
                        "M. P. Ivanova",
                        DAY,
                        List.of(
                                new AccessSlips.Slip(
                                        "Daria Uchenikova, 5A",
                                        AccessSlips.Holder.PUPIL,
                                        "uchenikova.d",
                                        "Pw1xYz7kQ"),
                                new AccessSlips.Slip(
                                        "Anna Uchenikova (Daria Uchenikova, 5A)",
                                        AccessSlips.Holder.PARENT,
                                        "uchenikova.a",
                                        "Pw2xYz7kQ"),
                                new AccessSlips.Slip(
                                        "Maria Ivanova",
                                        AccessSlips.Holder.STAFF,
                                        "ivanova.m",
                                        "Pw3xYz7kQ")),
                        Locale.ENGLISH);
        assertThat(ArchivalPdf.pdfaFailures(pdf)).isEmpty();
        assertThat(ArchivalPdf.text(pdf, 1))
                .contains("Access to the electronic diary", "Pupil: Daria Uchenikova, 5A")
                .contains("Parent: Anna Uchenikova", "Staff member: Maria Ivanova")
                .contains("Issued by M. P. Ivanova, 07.12.2026")
                .doesNotContain("Ученик", "Родитель", "Сотрудник", "Доступ", "Логин", "Пароль");
    }
}
