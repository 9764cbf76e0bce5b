package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StalenessTest {
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    @DisplayName(
            "R-A06 a reader has not looked for N days when it never opened the diary or last opened it more than N days ago")
    void staleAfterNDays() {
        assertThat(Staleness.stale(null, NOW, 7)).as("never").isTrue();
        assertThat(Staleness.stale(NOW.minus(Duration.ofDays(8)), NOW, 7)).isTrue();
        assertThat(Staleness.stale(NOW.minus(Duration.ofDays(6)), NOW, 7)).isFalse();
        assertThat(Staleness.stale(NOW.minus(Duration.ofDays(6)), NOW, 3)).isTrue();
        assertThat(Staleness.stale(NOW.minus(Duration.ofDays(7)), NOW, 7))
                .as("exactly N days ago counts as looked")
                .isFalse();
    }
}
