package org.schooljournal.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {
    @Test
    void schoolYearStartsOnFirstSeptemberOfTheYearContainingToday() {
        assertThat(SchoolCalendar.schoolYearStart(LocalDate.of(2026, 11, 20)))
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(SchoolCalendar.schoolYearStart(LocalDate.of(2026, 9, 1)))
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(SchoolCalendar.schoolYearStart(LocalDate.of(2026, 8, 31)))
                .isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(SchoolCalendar.schoolYearStart(LocalDate.of(2027, 3, 5)))
                .isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void holidays() {
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2026, 10, 26))).isFalse();
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2026, 10, 27))).isTrue();
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2026, 11, 4))).isTrue();
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2026, 11, 5))).isFalse();
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2026, 12, 30))).isFalse();
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2027, 1, 8))).isTrue();
        assertThat(SchoolCalendar.isHoliday(LocalDate.of(2027, 1, 9))).isFalse();
    }

    @Test
    void daysAreWeekdaysWithinTheLimits() {
        SchoolCalendar summer = new SchoolCalendar(LocalDate.of(2027, 7, 15), 53);
        assertThat(summer.firstDay()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(summer.lastDay()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(summer.schoolDays())
                .allSatisfy(
                        d -> {
                            assertThat(SchoolCalendar.isWeekday(d)).isTrue();
                            assertThat(SchoolCalendar.isHoliday(d)).isFalse();
                        })
                .hasSizeBetween(150, 175);

        SchoolCalendar eightWeeks = new SchoolCalendar(LocalDate.of(2027, 3, 1), 8);
        assertThat(eightWeeks.lastDay()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(eightWeeks.schoolDays()).hasSize(40);

        SchoolCalendar early = new SchoolCalendar(LocalDate.of(2026, 9, 3), 8);
        assertThat(early.lastDay()).isEqualTo(LocalDate.of(2026, 9, 17));

        assertThat(new SchoolCalendar(LocalDate.of(2026, 11, 20), 0).schoolDays()).isEmpty();
    }
}
