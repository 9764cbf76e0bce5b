package org.schooljournal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.entity.PeriodKind;

class PeriodNamesTest {
    @Test
    @DisplayName("R-S01 every kind of period has its name in Russian and in English")
    void periodNames() {
        for (PeriodKind kind : PeriodKind.values()) {
            assertThat(PeriodNames.periodName(kind, 2, Locale.ROOT)).doesNotContain("period.");
            assertThat(PeriodNames.periodName(kind, 2, Locale.ENGLISH)).doesNotContain("period.");
            assertThat(PeriodNames.kindName(kind, Locale.ENGLISH)).doesNotContain("period.");
        }
        assertThat(PeriodNames.periodName(PeriodKind.HALF_YEAR, 2, Locale.ROOT))
                .isEqualTo("2-е полугодие");
        assertThat(PeriodNames.periodName(PeriodKind.TRIMESTER, 3, Locale.ENGLISH))
                .isEqualTo("trimester 3");
        assertThat(PeriodNames.kindName(PeriodKind.QUARTER, Locale.ROOT)).isEqualTo("четверть");
    }

    @Test
    @DisplayName(
            "R-S01 grades are named as runs: «1, 3–5 кл.», «grade 7», an impossible range as written")
    void grades() {
        assertThat(PeriodNames.grades(new TreeSet<>(List.of(1, 3, 4, 5)), Locale.ROOT))
                .isEqualTo("1, 3–5 кл.");
        assertThat(PeriodNames.grades(new TreeSet<>(List.of(1, 3, 4, 5)), Locale.ENGLISH))
                .isEqualTo("grades 1, 3–5");
        assertThat(PeriodNames.grades(7, 7, Locale.ENGLISH)).isEqualTo("grade 7");
        assertThat(PeriodNames.grades(9, 5, Locale.ROOT)).isEqualTo("9–5 кл.");
        assertThat(PeriodNames.grades(9, 5, Locale.ENGLISH)).isEqualTo("grades 9–5");
    }
}
