package org.schooljournal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class MessagesTest {
    @Test
    @DisplayName("Refusals read in Russian by default and in English on request")
    void languages() {
        var e =
                new JournalException(
                        JournalException.Kind.INVALID, "mark.outsideScale", "7", "1, 2, 3, 4, 5");

        assertThat(Messages.text(e, null))
                .isEqualTo(
                        "Отметка «7» не входит в систему оценивания предмета (допустимо: 1, 2, 3, 4, 5)");
        assertThat(Messages.text(e, Locale.GERMAN)).startsWith("Отметка «7»");
        assertThat(Messages.text(e, Locale.ENGLISH))
                .isEqualTo(
                        "Mark \"7\" is not in the subject's grading system (allowed: 1, 2, 3, 4, 5)");
    }

    @Test
    @DisplayName("A date in a refusal reads dd.MM.yyyy, never ISO")
    void datesReadable() {
        var e =
                new JournalException(
                        JournalException.Kind.INVALID,
                        "mark.lessonInFuture",
                        java.time.LocalDate.of(2026, 12, 7));

        assertThat(Messages.text(e, null)).contains("07.12.2026").doesNotContain("2026-12-07");
        assertThat(Messages.text(e, Locale.ENGLISH)).contains("07.12.2026");
    }

    @Test
    @DisplayName("Every message exists in both languages")
    void bundlesComplete() throws Exception {
        Properties ru = new Properties();
        Properties en = new Properties();
        try (var r =
                        getClass()
                                .getResourceAsStream(
                                        "/org/schooljournal/platform/messages.properties");
                var n =
                        getClass()
                                .getResourceAsStream(
                                        "/org/schooljournal/platform/messages_en.properties")) {
            ru.load(new java.io.InputStreamReader(r, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(n, java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(en.stringPropertyNames()).isEqualTo(ru.stringPropertyNames());
    }
}
