package org.schooljournal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.YearPlan.Holiday;
import org.schooljournal.calendar.control.YearPlan.Period;
import org.schooljournal.calendar.entity.HolidayKind;
import org.schooljournal.calendar.entity.PeriodKind;

class SchoolDaysTest {
    private static final SchoolDays STANDARD = YearPlan.standard(2026).schoolDays();

    @Test
    @DisplayName("R-S02 No study day in holidays, on days off or outside the periods")
    void holidaysAndDaysOff() {
        // Friday 23 October 2026: last day of the 1st quarter
        assertThat(STANDARD.isStudyDay(5, 5, LocalDate.of(2026, 10, 23))).isTrue();
        // Monday 26 October 2026: autumn holidays
        assertThat(STANDARD.isStudyDay(5, 5, LocalDate.of(2026, 10, 26))).isFalse();
        assertThat(STANDARD.isStudyDay(10, 6, LocalDate.of(2026, 10, 26))).isFalse();
        // Thursday 5 November 2026: the 2nd quarter begins
        assertThat(STANDARD.isStudyDay(5, 5, LocalDate.of(2026, 11, 5))).isTrue();
        // Monday 11 January 2027: still winter holidays; Tuesday 12 January: lessons
        assertThat(STANDARD.isStudyDay(11, 5, LocalDate.of(2027, 1, 11))).isFalse();
        assertThat(STANDARD.isStudyDay(11, 5, LocalDate.of(2027, 1, 12))).isTrue();
        // Tuesday 23 February 2027: a public holiday
        assertThat(STANDARD.isStudyDay(7, 6, LocalDate.of(2027, 2, 23))).isFalse();
        // 31 August and 1 June: outside the year
        assertThat(STANDARD.isStudyDay(7, 5, LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(STANDARD.isStudyDay(7, 5, LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    @DisplayName("R-S02 The extra February holidays free grade 1 only")
    void gradeOneHolidays() {
        LocalDate monday = LocalDate.of(2027, 2, 15);
        assertThat(STANDARD.isStudyDay(1, 5, monday)).isFalse();
        assertThat(STANDARD.holidayOf(1, monday))
                .get()
                .extracting(Holiday::name)
                .isEqualTo("Дополнительные каникулы для 1-х классов");
        assertThat(STANDARD.isStudyDay(2, 5, monday)).isTrue();
        assertThat(STANDARD.holidayOf(2, monday)).isEmpty();
    }

    @Test
    @DisplayName("R-S10 A five-day week rests on Saturday and Sunday, a six-day week on Sunday")
    void weekDays() {
        LocalDate saturday = LocalDate.of(2026, 11, 28);
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

        assertThat(STANDARD.isStudyDay(5, 5, saturday)).isFalse();
        assertThat(STANDARD.isStudyDay(5, 6, saturday)).isTrue();
        assertThat(STANDARD.isStudyDay(5, 6, sunday)).isFalse();
        // Saturday 1 May 2027 is a public holiday: no lessons even in a six-day week
        assertThat(STANDARD.isStudyDay(5, 6, LocalDate.of(2027, 5, 1))).isFalse();
        assertThatThrownBy(() -> STANDARD.isStudyDay(5, 7, saturday))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-S01 The period of a date depends on the grade")
    void periodOf() {
        LocalDate date = LocalDate.of(2027, 1, 20);
        assertThat(STANDARD.periodOf(5, date))
                .get()
                .extracting(Period::title)
                .isEqualTo("3-я четверть (1–9 кл.)");
        assertThat(STANDARD.periodOf(10, date))
                .get()
                .extracting(Period::title)
                .isEqualTo("2-е полугодие (10–11 кл.)");
        // in the autumn holidays the grades 10-11 are in their 1st half-year, grades 1-9 in none
        LocalDate autumn = LocalDate.of(2026, 10, 28);
        assertThat(STANDARD.periodOf(5, autumn)).isEmpty();
        assertThat(STANDARD.periodOf(10, autumn)).get().extracting(Period::number).isEqualTo(1);
    }

    @Test
    @DisplayName("R-S11 Study days of a range, in order, built from plain lists")
    void studyDaysFromPlainLists() {
        SchoolDays days =
                new SchoolDays(
                        List.of(
                                new Period(
                                        PeriodKind.YEAR,
                                        1,
                                        1,
                                        11,
                                        LocalDate.of(2026, 9, 1),
                                        LocalDate.of(2027, 5, 31))),
                        List.of(
                                new Holiday(
                                        HolidayKind.DAY_OFF,
                                        "День народного единства",
                                        1,
                                        11,
                                        LocalDate.of(2026, 11, 4),
                                        LocalDate.of(2026, 11, 4))));

        assertThat(days.studyDays(3, 5, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8)))
                .containsExactly(
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 3),
                        LocalDate.of(2026, 11, 5),
                        LocalDate.of(2026, 11, 6));
        assertThat(days.studyDays(3, 6, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8)))
                .hasSize(5)
                .contains(LocalDate.of(2026, 11, 7));
        assertThat(days.studyDays(3, 5, LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 2)))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-S01 R-S02 The standard year 2026/2027 has 170 study days for grade 5 (34 weeks less 10 May,"
                    + " the day off for Victory Day on a Sunday)")
    void countOfStudyDays() {
        List<LocalDate> days =
                STANDARD.studyDays(5, 5, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31));
        assertThat(days).hasSize(170).doesNotContain(LocalDate.of(2027, 5, 10));
        assertThat(days.get(0)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(days.get(days.size() - 1)).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    @DisplayName(
            "R-S02 R-S10 Why a grade has no lessons: holidays first, then the day of rest, then no period")
    void whyNoLessons() {
        // Sunday 1 November 2026 lies in the autumn holidays: the holidays are named
        assertThat(STANDARD.whyNoLessons(5, 5, LocalDate.of(2026, 11, 1)))
                .get()
                .isInstanceOfSatisfying(
                        SchoolDays.NoLessons.InHolidays.class,
                        h -> assertThat(h.holiday().name()).isEqualTo("Осенние каникулы"));
        assertThat(STANDARD.whyNoLessons(5, 5, LocalDate.of(2026, 11, 7)))
                .contains(new SchoolDays.NoLessons.RestDay(DayOfWeek.SATURDAY, 5));
        assertThat(STANDARD.whyNoLessons(5, 6, LocalDate.of(2026, 11, 8)))
                .contains(new SchoolDays.NoLessons.RestDay(DayOfWeek.SUNDAY, 6));
        assertThat(STANDARD.whyNoLessons(5, 5, LocalDate.of(2027, 6, 1)))
                .contains(new SchoolDays.NoLessons.OutsidePeriods());
        assertThat(STANDARD.whyNoLessons(5, 6, LocalDate.of(2026, 11, 7))).isEmpty();
        assertThatThrownBy(() -> STANDARD.whyNoLessons(5, 7, LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
