package org.schooljournal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(
            ints = {
                0x00, 0x07, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x202A, 0x202B, 0x202C,
                0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069
            })
    @DisplayName(
            "R-A03 control characters (C0 but tab and line breaks, DEL, C1) and bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused, named as U+XXXX")
    void refused(int c) {
        assertThat(FreeText.forbiddenCharacter("Дроби " + (char) c + "5 ,2"))
                .isEqualTo(String.format("U+%04X", c));
    }

    @Test
    @DisplayName(
            "R-A03 ordinary text, tabs and line breaks (LF, a browser's CRLF) pass; a lone carriage return does not")
    void allowed() {
        assertThat(FreeText.forbiddenCharacter("№ 12, с. 34\n\tупр. 5 «а»\r\nПовторить ‹› — ё"))
                .isNull();
        assertThat(FreeText.forbiddenCharacter(null)).isNull();
        assertThat(FreeText.forbiddenCharacter("")).isNull();
        assertThat(FreeText.forbiddenCharacter("a\rb")).isEqualTo("U+000D");
        assertThat(FreeText.forbiddenCharacter("a\r")).isEqualTo("U+000D");
        // U+200E/U+200F (marks, not overrides) are not in the refused ranges
        assertThat(FreeText.forbiddenCharacter("x\u200Ey")).isNull();
    }
}
