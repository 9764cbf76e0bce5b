package org.schooljournal.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextPageTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/journal/teacher/journal.xhtml?id=12&month=2026-11",
                "/journal/app/home.xhtml",
                "/journal/teacher/period-marks.xhtml?id=3&period=7#marks"
            })
    @DisplayName("R-A03 a sign-in returns to a page of this application given as a relative path")
    void pagesOfTheApplication(String next) {
        assertThat(NextPage.of(next, "/journal")).hasValue(next);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/journal/",
                "///evil.example",
                "/journal//evil.example",
                "http://evil.example/journal/app/home.xhtml",
                "https:evil.example",
                "javascript:alert(1)",
                "journal/app/home.xhtml",
                "/\\evil.example",
                "/journal/\\evil.example",
                "\\\\evil.example",
                "/journal/app/home.xhtml\r\nSet-Cookie: x=1",
                "/journal/app/home.xhtml\t",
                "/journal/ app",
                "/journal/app/../../evil",
                "/journal/%2e%2e/evil",
                "/other-app/home.xhtml",
                "/journalx/home.xhtml",
                "/journal/login.xhtml?next=/journal/app/home.xhtml",
                "/journal/api/v1/journals",
                "/journal/app/домой",
                ""
            })
    @DisplayName(
            "R-A03 no open redirect after sign-in: another site (//host, a scheme, backslashes), control characters, dot segments, another application, the login page or the API are refused")
    void elsewhereRefused(String next) {
        assertThat(NextPage.of(next, "/journal")).isEmpty();
    }

    @Test
    @DisplayName("R-A03 no next page: the sign-in goes home")
    void nothing() {
        assertThat(NextPage.of(null, "/journal")).isEmpty();
        assertThat(NextPage.of("/journal/" + "a".repeat(NextPage.MAX_LENGTH), "/journal"))
                .isEmpty();
    }

    @Test
    @DisplayName("R-A03 in the root context a next page is any safe path of the site")
    void rootContext() {
        assertThat(NextPage.of("/teacher/journal.xhtml?id=1", "")).isPresent();
        assertThat(NextPage.of("//evil.example", "")).isEmpty();
    }
}
