package org.schooljournal.batch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.OpenJournal;

class BookResultTest {
    @Test
    @DisplayName(
            "R-P01 a class not closed is reported naming each open journal, its teacher and what"
                    + " is open, once per journal")
    void namesWhoMustCloseWhat() {
        var result =
                new BookResult(
                        new BookRef(1, 2, 3, "5 «А»"),
                        List.of(),
                        List.of(
                                new OpenJournal(
                                        "Математика",
                                        null,
                                        "Иванова А. П.",
                                        "2-я четверть: период не закрыт"),
                                new OpenJournal(
                                        "Математика",
                                        null,
                                        "Иванова А. П.",
                                        "нет годовой отметки у 3 уч."),
                                new OpenJournal(
                                        "Английский язык", "группа 1", "Петров И. И.", null)));
        assertThat(result.closed()).isFalse();
        assertThat(result.openText())
                .isEqualTo(
                        "Математика — Иванова А. П.: 2-я четверть: период не закрыт, нет годовой"
                                + " отметки у 3 уч.; Английский язык (группа 1) — Петров И. И.");
        assertThat(new BookResult(new BookRef(1, 2, 3, "5 «А»"), List.of(), List.of()).closed())
                .isTrue();
    }
}
