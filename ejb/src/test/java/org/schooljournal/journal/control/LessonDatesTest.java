package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.PeriodKind;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;

class LessonDatesTest {
    private static final YearPlan PLAN = YearPlan.standard(2026);
    private static final LessonDates.Year YEAR =
            new LessonDates.Year(PLAN.name(), PLAN.startsOn(), PLAN.endsOn());
    private static final LessonDates DATES = new LessonDates(YEAR, PLAN.schoolDays());
    private static final String SEVENTH_A = "7 «А»";

    private static JournalException refused(ThrowingCallable call) {
        JournalException e = catchThrowableOfType(call, JournalException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
        return e;
    }

    private static JournalException moved(int grade, int weekDays, LocalDate date) {
        return refused(() -> DATES.requireStudyDay(grade, weekDays, SEVENTH_A, date));
    }

    private static String russian(JournalException e) {
        return Messages.text(e, Messages.RUSSIAN);
    }

    private static String english(JournalException e) {
        return Messages.text(e, Locale.ENGLISH);
    }

    @Test
    @DisplayName(
            "R-S02 R-J06 a lesson is not moved into the autumn or winter holidays: the refusal names them with their dates, in Russian and English")
    void holidays() {
        // Wednesday 28 October 2026: autumn holidays 24.10 – 04.11, for every grade
        JournalException autumn = moved(7, 5, LocalDate.of(2026, 10, 28));
        assertThat(autumn.key()).isEqualTo("lessonDate.holidays");
        assertThat(russian(autumn))
                .startsWith("28.10.2026 — Осенние каникулы (с 24.10.2026 по 04.11.2026)");
        assertThat(english(autumn))
                .startsWith("28.10.2026 falls in Осенние каникулы (24.10.2026 – 04.11.2026)");
        // grades 10-11 have their 1st half-year around the autumn holidays: still no lessons
        assertThat(moved(10, 6, LocalDate.of(2026, 10, 28)).key()).isEqualTo("lessonDate.holidays");

        // Tuesday 5 January 2027 and Monday 11 January 2027: winter holidays 31.12 – 11.01
        assertThat(russian(moved(7, 5, LocalDate.of(2027, 1, 5))))
                .startsWith("05.01.2027 — Зимние каникулы (с 31.12.2026 по 11.01.2027)");
        assertThat(russian(moved(11, 6, LocalDate.of(2027, 1, 11))))
                .startsWith("11.01.2027 — Зимние каникулы");
        // the extra February holidays free grade 1 only
        assertThat(russian(moved(1, 5, LocalDate.of(2027, 2, 16))))
                .contains("Дополнительные каникулы для 1-х классов");
        assertThatCode(() -> DATES.requireStudyDay(2, 5, "2 «А»", LocalDate.of(2027, 2, 16)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "R-S02 R-S10 R-J06 a lesson is not moved onto a day off, a Sunday, or the Saturday of a five-day class, each named")
    void daysOff() {
        // Tuesday 23 February 2027: a public holiday inside the 3rd quarter
        JournalException dayOff = moved(7, 5, LocalDate.of(2027, 2, 23));
        assertThat(dayOff.key()).isEqualTo("lessonDate.dayOff");
        assertThat(russian(dayOff))
                .startsWith("23.02.2027 — выходной день (День защитника Отечества)");
        assertThat(english(dayOff))
                .startsWith("23.02.2027 is a day off (День защитника Отечества)");

        LocalDate saturday = LocalDate.of(2026, 11, 7);
        LocalDate sunday = LocalDate.of(2026, 11, 8);
        assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        JournalException onSunday = moved(7, 6, sunday);
        assertThat(onSunday.key()).isEqualTo("lessonDate.sunday");
        assertThat(russian(onSunday)).startsWith("08.11.2026 — воскресенье, выходной день");
        assertThat(english(onSunday)).startsWith("08.11.2026 is a Sunday");

        JournalException onSaturday = moved(7, 5, saturday);
        assertThat(onSaturday.key()).isEqualTo("lessonDate.saturday");
        assertThat(russian(onSaturday))
                .isEqualTo("07.11.2026 — суббота: класс 7 «А» учится пять дней в неделю");
        assertThat(english(onSaturday))
                .isEqualTo("07.11.2026 is a Saturday: class 7 «А» studies five days a week");
        // a six-day class studies that Saturday
        assertThatCode(() -> DATES.requireStudyDay(7, 6, SEVENTH_A, saturday))
                .doesNotThrowAnyException();
        // Saturday 1 May 2027 is a public holiday even for a six-day class
        assertThat(moved(7, 6, LocalDate.of(2027, 5, 1)).key()).isEqualTo("lessonDate.dayOff");
    }

    @Test
    @DisplayName(
            "R-S01 R-J06 a lesson is not moved outside its academic year; without a year on the date it is refused too")
    void outsideTheYear() {
        JournalException june = moved(7, 5, LocalDate.of(2027, 6, 1));
        assertThat(june.key()).isEqualTo("lessonDate.outsideYear");
        assertThat(russian(june))
                .startsWith(
                        "01.06.2027 — дата вне учебного года 2026/2027 (01.09.2026 – 31.05.2027)");
        assertThat(english(june)).startsWith("01.06.2027 is outside the academic year 2026/2027");
        assertThat(moved(7, 5, LocalDate.of(2026, 8, 31)).key())
                .isEqualTo("lessonDate.outsideYear");
        // the last day of the year is a study day (Monday 31 May 2027)
        assertThatCode(() -> DATES.requireStudyDay(7, 5, SEVENTH_A, LocalDate.of(2027, 5, 31)))
                .doesNotThrowAnyException();

        LessonDates noYear = new LessonDates(null, new SchoolDays(List.of(), List.of()));
        JournalException none =
                refused(() -> noYear.requireStudyDay(7, 5, SEVENTH_A, LocalDate.of(2030, 3, 5)));
        assertThat(none.key()).isEqualTo("lessonDate.noYear");
        assertThat(russian(none)).startsWith("05.03.2030 — на эту дату в школе не задан");
    }

    @Test
    @DisplayName(
            "R-S01 R-J06 a day of the year that lies in no period of the grade and in no holidays is refused as such")
    void betweenPeriods() {
        // a plan (valid for weekdays) whose 1st quarter ends on Friday and the 2nd starts on
        // Monday: the Saturday between is a day of rest for five-day classes and in no period
        LocalDate friday = LocalDate.of(2026, 10, 23);
        var days =
                new SchoolDays(
                        List.of(
                                new YearPlan.Period(
                                        PeriodKind.QUARTER,
                                        1,
                                        1,
                                        9,
                                        LocalDate.of(2026, 9, 1),
                                        friday),
                                new YearPlan.Period(
                                        PeriodKind.QUARTER,
                                        2,
                                        1,
                                        9,
                                        friday.plusDays(3),
                                        LocalDate.of(2026, 12, 30))),
                        List.of());
        LessonDates dates = new LessonDates(YEAR, days);
        JournalException saturday =
                refused(() -> dates.requireStudyDay(7, 6, SEVENTH_A, friday.plusDays(1)));
        assertThat(saturday.key()).isEqualTo("lessonDate.outsidePeriods");
        assertThat(russian(saturday))
                .startsWith("24.10.2026 не входит ни в один учебный период 7 кл.");
    }

    @Test
    @DisplayName(
            "R-S02 R-S11 R-J06 moves and lesson generation agree: every date of the year is refused exactly when it is no study day")
    void sameRuleAsGeneration() {
        SchoolDays days = PLAN.schoolDays();
        for (LocalDate date = LocalDate.of(2026, 8, 1);
                date.isBefore(LocalDate.of(2027, 7, 1));
                date = date.plusDays(1)) {
            for (int grade = 1; grade <= 11; grade++) {
                for (int weekDays = 5; weekDays <= 6; weekDays++) {
                    LocalDate d = date;
                    int g = grade;
                    int w = weekDays;
                    boolean refused =
                            catchThrowableOfType(
                                            () -> DATES.requireStudyDay(g, w, SEVENTH_A, d),
                                            JournalException.class)
                                    != null;
                    assertThat(refused)
                            .as("%s, grade %d, %d days a week", d, g, w)
                            .isEqualTo(!days.isStudyDay(g, w, d));
                }
            }
        }
    }

    @Test
    @DisplayName(
            "R-J05 R-J07 no mark or absence for a lesson outside every study period of its grade: the refusal names the holidays it lies in")
    void entriesOnlyInsidePeriods() {
        // Monday 2 November 2026: autumn holidays, between the 1st and 2nd quarters
        JournalException autumn =
                refused(() -> DATES.requireInPeriod(5, LocalDate.of(2026, 11, 2)));
        assertThat(autumn.key()).isEqualTo("lesson.outsidePeriods.holidays");
        assertThat(russian(autumn))
                .startsWith(
                        "Урок 02.11.2026 не входит ни в один учебный период (Осенние каникулы с"
                                + " 24.10.2026 по 04.11.2026)");
        assertThat(english(autumn))
                .startsWith("The lesson of 02.11.2026 lies in no study period (Осенние каникулы");
        // a lesson after the year's end lies in no holidays either
        JournalException june = refused(() -> DATES.requireInPeriod(5, LocalDate.of(2027, 6, 2)));
        assertThat(june.key()).isEqualTo("lesson.outsidePeriods");
        assertThat(russian(june)).startsWith("Урок 02.06.2027 не входит ни в один учебный период");

        // the same date lies in the 1st half-year of grades 10-11: marks count there
        assertThatCode(() -> DATES.requireInPeriod(10, LocalDate.of(2026, 11, 2)))
                .doesNotThrowAnyException();
        // the last day of the 1st quarter and the first of the 2nd
        assertThatCode(() -> DATES.requireInPeriod(5, LocalDate.of(2026, 10, 23)))
                .doesNotThrowAnyException();
        assertThatCode(() -> DATES.requireInPeriod(5, LocalDate.of(2026, 11, 5)))
                .doesNotThrowAnyException();
        // a day off inside a quarter still counts in that quarter (a lesson moved away is not)
        assertThatCode(() -> DATES.requireInPeriod(5, LocalDate.of(2027, 2, 23)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName(
            "R-J05 the mark rule needs only the periods and holidays around the lesson's date, as the service reads them")
    void fromWhatTheServiceReads() {
        LocalDate date = LocalDate.of(2026, 11, 2);
        var holidaysThatDay =
                PLAN.holidays().stream()
                        .filter(h -> !date.isBefore(h.startsOn()) && !date.isAfter(h.endsOn()))
                        .toList();
        JournalException e =
                refused(
                        () ->
                                new LessonDates(null, new SchoolDays(List.of(), holidaysThatDay))
                                        .requireInPeriod(5, date));
        assertThat(russian(e)).contains("Осенние каникулы");
        var periodThatDay =
                PLAN.periods().stream().filter(p -> p.covers(10) && p.contains(date)).toList();
        assertThatCode(
                        () ->
                                new LessonDates(null, new SchoolDays(periodThatDay, List.of()))
                                        .requireInPeriod(10, date))
                .doesNotThrowAnyException();
    }
}
