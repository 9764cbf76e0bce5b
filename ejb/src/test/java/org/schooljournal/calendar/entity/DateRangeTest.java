package org.schooljournal.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class DateRangeTest {
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_8 = LocalDate.of(2026, 11, 8);

    private static DateRange nov(int from, int to) {
        return new DateRange(LocalDate.of(2026, 11, from), LocalDate.of(2026, 11, to));
    }

    @Test
    @DisplayName(
            "R-S02 a range may be one day; one that ends before it starts is refused, naming both dates")
    void startNotAfterEnd() {
        assertThat(new DateRange(NOV_1, NOV_1).contains(NOV_1)).isTrue();
        assertThatThrownBy(() -> new DateRange(NOV_8, NOV_1))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
                            assertThat(e.key()).isEqualTo("calendar.dates.order");
                            assertThat(e.args()).containsExactly(NOV_8, NOV_1);
                        });
    }

    @Test
    @DisplayName("R-S01 a range contains its first and last day and nothing outside them")
    void containsBothEnds() {
        DateRange week = new DateRange(NOV_1, NOV_8);
        assertThat(week.contains(NOV_1)).isTrue();
        assertThat(week.contains(LocalDate.of(2026, 11, 5))).isTrue();
        assertThat(week.contains(NOV_8)).isTrue();
        assertThat(week.contains(NOV_1.minusDays(1))).isFalse();
        assertThat(week.contains(NOV_8.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName(
            "R-S01 ranges overlap when they share a day, even only the last one; the shared days")
    void overlapsOnASharedDay() {
        assertThat(nov(1, 8).overlaps(nov(8, 12))).isTrue();
        assertThat(nov(8, 12).overlaps(nov(1, 8))).isTrue();
        assertThat(nov(1, 8).overlaps(nov(9, 12))).isFalse();
        assertThat(nov(9, 12).overlaps(nov(1, 8))).isFalse();
        assertThat(nov(1, 30).overlaps(nov(5, 6))).isTrue();
        assertThat(nov(1, 30).intersection(nov(5, 6))).isEqualTo(nov(5, 6));
        assertThat(nov(1, 8).intersection(nov(6, 12))).isEqualTo(nov(6, 8));
    }
}
