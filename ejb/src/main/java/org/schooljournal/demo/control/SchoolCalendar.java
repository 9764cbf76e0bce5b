package org.schooljournal.demo.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;

/**
 * The days of the current school year on which the demo has lessons: Monday to Friday from 1
 * September, without the holidays, for at most the given number of weeks, no later than two weeks
 * after today, and no later than 31 May.
 *
 * <p>Holidays: autumn break 27 October – 4 November, winter break 31 December – 8 January, spring
 * break 24 – 31 March, and the public holidays 23 February, 8 March, 1 May and 9 May.
 */
public final class SchoolCalendar {
    /** How far past today the demo timetable reaches, so next week's lessons can be planned. */
    public static final int DAYS_AHEAD = 14;

    private final LocalDate today;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    public SchoolCalendar(LocalDate today, int weeks) {
        this.today = today;
        this.firstDay = schoolYearStart(today);
        LocalDate byWeeks = firstDay.plusWeeks(weeks).minusDays(1);
        LocalDate byToday = today.plusDays(DAYS_AHEAD);
        LocalDate endOfYear = LocalDate.of(firstDay.getYear() + 1, Month.MAY, 31);
        this.lastDay = min(min(byWeeks, byToday), endOfYear);
    }

    /** 1 September of the school year that contains the date (before 1 September: last year's). */
    public static LocalDate schoolYearStart(LocalDate date) {
        LocalDate thisYear = LocalDate.of(date.getYear(), Month.SEPTEMBER, 1);
        return date.isBefore(thisYear) ? thisYear.minusYears(1) : thisYear;
    }

    /** Whether the date falls in the school holidays or on a public holiday. */
    public static boolean isHoliday(LocalDate date) {
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        return (month == 10 && day >= 27)
                || (month == 11 && day <= 4)
                || (month == 12 && day == 31)
                || (month == 1 && day <= 8)
                || (month == 2 && day == 23)
                || (month == 3 && (day == 8 || day >= 24))
                || (month == 5 && (day == 1 || day == 9));
    }

    public static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    public boolean isSchoolDay(LocalDate date) {
        return !date.isBefore(firstDay)
                && !date.isAfter(lastDay)
                && isWeekday(date)
                && !isHoliday(date);
    }

    /** The school days in order; empty when no week of lessons is asked for. */
    public Stream<LocalDate> schoolDays() {
        if (lastDay.isBefore(firstDay)) {
            return Stream.empty();
        }
        return firstDay.datesUntil(lastDay.plusDays(1)).filter(this::isSchoolDay);
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

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
