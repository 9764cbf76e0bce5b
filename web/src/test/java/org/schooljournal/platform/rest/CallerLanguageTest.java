package org.schooljournal.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallerLanguageTest {
    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | en",
                "ru | ru",
                "en-GB | en",
                "fr;q=1, en;q=0.5 | en",
                "en;q=0.1, ru;q=0.9 | ru",
                "de-DE, en-GB;q=0.8, ru;q=0.7 | en",
                "en;q=0.5, ru;q=0.5 | en",
                "fr | ru",
                "* | ru",
                "en;q=0, * | ru",
                "EN;Q=0.3 | en",
            })
    @DisplayName(
            "R-A03 Accept-Language: the supported language of the highest weight, Russian else")
    void weights(String header, String language) {
        assertThat(CallerLanguage.of(header).getLanguage()).isEqualTo(language);
    }

    @ParameterizedTest(name = "«{0}» → ru")
    @CsvSource(
            delimiter = '|',
            value = {
                ";;;==",
                "en;q=abc",
                "en;q=2",
                "en;q=-1",
                "en;q=NaN",
                "q=;,*;q=x",
                ",,,",
                "en;q"
            })
    @DisplayName(
            "R-A03 a malformed Accept-Language never fails: its unreadable entries are skipped")
    void malformed(String header) {
        assertThat(CallerLanguage.of(header)).isEqualTo(Locale.forLanguageTag("ru"));
    }

    @Test
    @DisplayName("No Accept-Language at all: Russian")
    void absent() {
        assertThat(CallerLanguage.of((String) null).getLanguage()).isEqualTo("ru");
        assertThat(CallerLanguage.of((jakarta.ws.rs.core.HttpHeaders) null).getLanguage())
                .isEqualTo("ru");
    }
}
