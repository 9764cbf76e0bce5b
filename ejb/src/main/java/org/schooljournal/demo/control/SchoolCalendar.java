package org.schooljournal.demo.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.calendar.control.YearPlan;

/**
 * The days of the current school year on which the demo has lessons, decided by the same rules as
 * real data (R-S02): the standard plan of the year ({@link YearPlan#standard}) read through {@link
 * SchoolDays}, so there is never a lesson in holidays, on a day off (23 February, 8 March, 1 and 9
 * May …) or at a weekend of the five-day week. Lessons run from 1 September for at most the given
 * number of weeks, and no later than the year's last study day: past lessons carry marks, future
 * ones are planned but empty.
 */
public final class SchoolCalendar {
    /** Every demo class studies five days a week. */
    public static final int WEEK_DAYS = 5;

    private final LocalDate today;
    private final YearPlan plan;
    private final SchoolDays days;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    public SchoolCalendar(LocalDate today, int weeks) {
        this.today = today;
        this.firstDay = schoolYearStart(today);
        this.plan = YearPlan.standard(firstDay.getYear());
        this.days = new SchoolDays(plan.periods(), plan.holidays());
        LocalDate byWeeks = firstDay.plusWeeks(weeks).minusDays(1);
        this.lastDay = byWeeks.isBefore(plan.endsOn()) ? byWeeks : plan.endsOn();
    }

    /** 1 September of the school year that contains the date (before 1 September: last year's). */
    public static LocalDate schoolYearStart(LocalDate date) {
        LocalDate thisYear = LocalDate.of(date.getYear(), Month.SEPTEMBER, 1);
        return date.isBefore(thisYear) ? thisYear.minusYears(1) : thisYear;
    }

    /** The standard plan of the school year (periods, holidays and days off). */
    public YearPlan plan() {
        return plan;
    }

    /** The plan's study days rule. */
    public SchoolDays days() {
        return days;
    }

    /** Whether a class of the grade has lessons on the date within the demo's range. */
    public boolean isSchoolDay(int grade, LocalDate date) {
        return !date.isBefore(firstDay)
                && !date.isAfter(lastDay)
                && days.isStudyDay(grade, WEEK_DAYS, date);
    }

    /** The school days of the grade in order; empty when no week of lessons is asked for. */
    public Stream<LocalDate> schoolDays(int grade) {
        if (lastDay.isBefore(firstDay)) {
            return Stream.empty();
        }
        return firstDay.datesUntil(lastDay.plusDays(1)).filter(d -> isSchoolDay(grade, d));
    }

    public LocalDate today() {
        return today;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day lessons may fall on (inclusive); before {@link #firstDay()} if none. */
    public LocalDate lastDay() {
        return lastDay;
    }
}
