package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    @DisplayName(
            "R-D02 a letter that failed is retried later and later (doubling, at most six hours)"
                    + " and given up after eight attempts")
    void delays() {
        Duration minute = Duration.ofMinutes(1);
        assertThat(Backoff.after(1, minute)).isEqualTo(minute);
        assertThat(Backoff.after(2, minute)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(5, minute)).isEqualTo(Duration.ofMinutes(16));
        assertThat(Backoff.after(40, minute)).isEqualTo(Duration.ofHours(6));
        assertThat(Backoff.givesUp(7)).isFalse();
        assertThat(Backoff.givesUp(8)).isTrue();
    }
}
