package org.schooljournal.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class ProblemMapperTest {
    static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");

    @Test
    @DisplayName(
            "R-T01 another school's object and a missing one both answer 404 with a Russian message")
    void notFound() {
        var verdict = ProblemMapper.judge(JournalException.notFound("pupil 7"), RUSSIAN);

        assertThat(verdict.status().getStatusCode()).isEqualTo(404);
        assertThat(verdict.detail()).isEqualTo("Ученик не найден");
    }

    @Test
    @DisplayName(
            "Issue 8 item 10: a missing record is named by a sentence in the user's language («Журнал не найден»), never by the code's entity name and id")
    void notFoundIsASentence() {
        var journal = JournalException.notFound("journal 50");
        var assignment = JournalException.notFound("teaching assignment 50");
        var year = JournalException.notFound("school year");

        assertThat(ProblemMapper.judge(journal, RUSSIAN).detail()).isEqualTo("Журнал не найден");
        assertThat(ProblemMapper.judge(assignment, RUSSIAN).detail()).isEqualTo("Журнал не найден");
        assertThat(ProblemMapper.judge(journal, java.util.Locale.ENGLISH).detail())
                .isEqualTo("Journal not found");
        assertThat(ProblemMapper.judge(year, RUSSIAN).detail()).isEqualTo("Учебный год не найден");
        assertThat(ProblemMapper.judge(JournalException.notFound("widget 3"), RUSSIAN).detail())
                .isEqualTo("Запись не найдена");
    }

    @Test
    @DisplayName(
            "Two people creating the same record at once: the second gets 409 and a message, not a 500")
    void uniqueViolation() {
        var clash =
                new EJBException(
                        new PersistenceException(new SQLException("duplicate key", "23505")));

        var verdict = ProblemMapper.judge(clash, RUSSIAN);

        assertThat(verdict.status().getStatusCode()).isEqualTo(409);
        assertThat(verdict.detail()).contains("другой пользователь");
    }

    @Test
    @DisplayName("An unexpected failure answers 500 without a stack trace")
    void internal() {
        var verdict =
                ProblemMapper.judge(
                        new IllegalStateException("boom at org.example.Secret"), RUSSIAN);

        assertThat(verdict.status().getStatusCode()).isEqualTo(500);
        assertThat(verdict.detail()).doesNotContain("boom", "org.example");
    }
}
