package org.schooljournal.oversight.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.boundary.JournalPage;
import org.schooljournal.oversight.control.JournalMonthPdf;
import org.schooljournal.oversight.control.ReportTable;
import org.schooljournal.platform.control.pdf.ArchivalPdf;

class JournalPrintsTest {
    static final LocalDate MONTH = LocalDate.of(2026, 11, 1);

    /** 25 pupils × 22 lessons: a daily subject's month, the widest grid a journal has. */
    static JournalPage page() {
        List<JournalPage.PupilRow> pupils = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            pupils.add(
                    new JournalPage.PupilRow(
                            i,
                            i,
                            "Ученикова" + i + " Мария",
                            null,
                            i == 25 ? LocalDate.of(2026, 11, 15) : null));
        }
        List<JournalPage.LessonColumn> lessons = new ArrayList<>();
        Map<String, String> cells = new HashMap<>();
        LocalDate day = MONTH.plusDays(1);
        for (int l = 1; l <= 22; l++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            lessons.add(
                    new JournalPage.LessonColumn(
                            100 + l,
                            day,
                            1,
                            "Тема урока номер " + l + ": сложение и вычитание дробей",
                            l % 3 == 0 ? null : "№ " + (100 + l) + ", с. 45",
                            l % 3 == 0,
                            false,
                            l == 5 ? "Заменова А. С." : null,
                            false,
                            true,
                            null,
                            null));
            cells.put(JournalPage.cell(100 + l, 1), l == 2 ? "Б/4к" : "5");
            cells.put(JournalPage.cell(100 + l, 2), l == 3 ? "НП" : "4/5");
            day = day.plusDays(1);
        }
        return new JournalPage(
                7,
                "5 «А»",
                "Математика",
                "Учителева А. С.",
                MONTH,
                false,
                false,
                List.of(),
                pupils,
                lessons,
                Map.of(),
                Map.of(),
                cells,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    @DisplayName(
            "R-O03 a journal month as a table: the grid's cells as shown, × outside a pupil's time, topics and homework under it")
    void grid() {
        ReportTable t = JournalPrints.grid(page(), Locale.forLanguageTag("ru"), true);
        assertThat(t.title()).isEqualTo("Журнал: 5 «А», Математика");
        assertThat(t.header()).hasSize(24).startsWith("№", "Обучающийся", "02.11");
        assertThat(t.rows().get(0)).startsWith("1", "Ученикова1 Мария", "5", "Б/4к");
        assertThat(t.rows().get(24).get(23)).isEqualTo("×"); // left on 15.11
        List<String> homework = t.rows().get(t.rows().size() - 1);
        assertThat(homework.get(1)).isEqualTo("Домашнее задание");
        assertThat(homework.get(4)).isEqualTo("Не задано");
        assertThat(t.rows().get(t.rows().size() - 2).get(2)).startsWith("Тема урока номер 1");
    }

    @Test
    @DisplayName(
            "R-O03 a journal month's PDF: PDF/A-2b by veraPDF, the grid and the lessons readable")
    void pdf() throws Exception {
        JournalPage page = page();
        Locale ru = Locale.forLanguageTag("ru");
        byte[] pdf =
                JournalMonthPdf.of(
                        JournalPrints.grid(page, ru, false),
                        JournalPrints.lessons(page, ru),
                        "Школа № 1",
                        LocalDate.of(2026, 12, 6));
        Files.write(Path.of("target", "journal-month.pdf"), pdf); // to look at
        assertThat(ArchivalPdf.pdfaFailures(pdf)).isEmpty();
        assertThat(ArchivalPdf.text(pdf))
                .contains("Журнал: 5 «А», Математика", "Ученикова25 Мария", "Б/4к", "НП")
                .contains("Заменова А. С.", "Не задано", "Уроки месяца");
    }
}
