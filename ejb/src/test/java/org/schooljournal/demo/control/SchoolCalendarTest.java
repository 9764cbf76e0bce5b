package org.schooljournal.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.YearPlan;

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
    @DisplayName(
            "R-S02 the demo's study days are the standard year plan's: none in holidays, on days off or at weekends")
    void studyDaysFollowTheStandardPlan() {
        SchoolCalendar calendar = new SchoolCalendar(LocalDate.of(2026, 12, 5), 53);
        YearPlan plan = YearPlan.standard(2026);
        assertThat(calendar.plan().name()).isEqualTo(plan.name());
        assertThat(calendar.lastDay()).isEqualTo(plan.endsOn());

        for (int grade : new int[] {1, 5, 9, 10}) {
            assertThat(calendar.schoolDays(grade))
                    .allSatisfy(
                            d -> {
                                assertThat(d.getDayOfWeek())
                                        .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                                int g = grade;
                                assertThat(plan.holidays())
                                        .noneMatch(h -> h.frees(g, d))
                                        .as("%s in holidays", d);
                            })
                    .hasSizeBetween(150, 175)
                    .contains(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 12))
                    .contains(LocalDate.of(2027, 5, 31)) // a Monday: the year's last study day
                    .doesNotContain(
                            LocalDate.of(2026, 10, 26), // autumn holidays
                            LocalDate.of(2027, 1, 11), // winter holidays
                            LocalDate.of(2027, 2, 23), // Defender of the Fatherland Day
                            LocalDate.of(2027, 3, 8),
                            LocalDate.of(2027, 5, 9)); // a Sunday anyway
        }
        assertThat(calendar.isSchoolDay(1, LocalDate.of(2027, 2, 16))).isFalse(); // grade 1 only
        assertThat(calendar.isSchoolDay(2, LocalDate.of(2027, 2, 16))).isTrue();
        // 9 May 2027 is a Sunday: its day off moves to Monday 10 May
        assertThat(calendar.isSchoolDay(5, LocalDate.of(2027, 5, 10))).isFalse();
        assertThat(calendar.isSchoolDay(5, LocalDate.of(2027, 5, 11))).isTrue();
    }

    @Test
    void theWeeksAskedForLimitTheDays() {
        SchoolCalendar eightWeeks = new SchoolCalendar(LocalDate.of(2027, 3, 1), 8);
        assertThat(eightWeeks.lastDay()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(eightWeeks.schoolDays(5))
                .hasSize(39); // 40 weekdays, 26.10 in the autumn holidays

        assertThat(new SchoolCalendar(LocalDate.of(2026, 11, 20), 0).schoolDays(5)).isEmpty();
    }
}
