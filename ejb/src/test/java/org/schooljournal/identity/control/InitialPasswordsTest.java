package org.schooljournal.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InitialPasswordsTest {
    @Test
    @DisplayName("R-T02 an initial password has 12+ readable characters, without 0, O, 1 or l")
    void lengthAndAlphabet() {
        for (int i = 0; i < 1000; i++) {
            String password = InitialPasswords.generate();
            assertThat(password).hasSizeGreaterThanOrEqualTo(12);
            assertThat(password).matches("[A-Za-z2-9]+").doesNotContain("0", "O", "1", "l", "I");
            assertThat(password.chars()).allMatch(c -> InitialPasswords.ALPHABET.indexOf(c) >= 0);
        }
        assertThat(InitialPasswords.ALPHABET).doesNotContain("0", "O", "1", "l");
    }

    @Test
    @DisplayName("R-T02 initial passwords do not repeat")
    void notRepeating() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(InitialPasswords.generate())).isTrue();
        }
    }
}
