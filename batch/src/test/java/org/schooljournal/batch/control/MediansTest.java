package org.schooljournal.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MediansTest {
    private static List<BigDecimal> of(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    @Test
    @DisplayName(
            "R-T02 the municipality's median: the middle school, the mean of the two middle ones, schools without the figure left out")
    void median() {
        assertThat(Medians.of(of("70.0", "50.0", "90.0"))).hasToString("70.0");
        assertThat(Medians.of(of("70.0", "50.0", "90.0", "60.0"))).hasToString("65.0");
        assertThat(Medians.of(of("70.0", null, "50.0"))).hasToString("60.0");
        assertThat(Medians.of(of("33.3", "33.4"))).hasToString("33.4");
        assertThat(Medians.of(of((String) null))).isNull();
        assertThat(Medians.of(List.of())).isNull();
    }

    @Test
    @DisplayName("R-T02 a school against the median: the difference, none where either is missing")
    void delta() {
        assertThat(Medians.delta(new BigDecimal("60.0"), new BigDecimal("65.0")))
                .hasToString("-5.0");
        assertThat(Medians.delta(null, new BigDecimal("65.0"))).isNull();
        assertThat(Medians.delta(new BigDecimal("60.0"), null)).isNull();
    }
}
