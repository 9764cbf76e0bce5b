package org.schooljournal.oversight.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.BiPredicate;

/**
 * Curriculum fulfilment (R-C01, R-C08; the deputy's item 12): how many lessons a journal has given
 * against its plan. Pure: the counts come from {@link PlanQueries}.
 *
 * <ul>
 *   <li><b>Given</b>: a lesson of the journal dated up to the day of the report whose topic is
 *       written (a lesson without a topic is not given, see {@link #missed}).
 *   <li><b>Curriculum plan to date</b>: the weekly hours (the journal's own when set, else the
 *       curriculum's for its grade) × the study weeks elapsed: the study days from the period's
 *       start to the report's day (the class's week days, holidays of its grade left out) divided
 *       by the class's days a week. Chosen over the timetable's lessons because the timetable is
 *       what is being checked: a timetable short of hours would otherwise look fulfilled. The
 *       timetable's lessons to date are shown beside it.
 *   <li><b>КТП</b>: the lesson plan is followed lesson by lesson, so by the report's day its first
 *       min(КТП hours, timetable lessons of the year to date) hours are due; given lessons of the
 *       year minus that is how many lessons the journal is ahead (+) or behind (−) the КТП.
 * </ul>
 */
public final class PlanFulfilment {
    private PlanFulfilment() {}

    /**
     * The study weeks from {@code from} to {@code to}, inclusive, for a class of the grade studying
     * {@code weekDays} days a week (Monday first), the days {@code holiday} frees left out; one
     * decimal.
     */
    public static BigDecimal studyWeeks(
            LocalDate from,
            LocalDate to,
            int grade,
            int weekDays,
            BiPredicate<Integer, LocalDate> holiday) {
        if (from.isAfter(to) || weekDays < 1) {
            return BigDecimal.ZERO.setScale(1);
        }
        long days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= Math.min(weekDays, DayOfWeek.SUNDAY.getValue())
                    && !holiday.test(grade, d)) {
                days++;
            }
        }
        return BigDecimal.valueOf(days)
                .divide(BigDecimal.valueOf(weekDays), 1, RoundingMode.HALF_UP);
    }

    /** The plan's lessons to date: weekly hours × study weeks, rounded to whole lessons. */
    public static long planned(BigDecimal hoursPerWeek, BigDecimal weeks) {
        if (hoursPerWeek == null || weeks == null) {
            return 0;
        }
        return hoursPerWeek.multiply(weeks).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The КТП hours due by the report's day: followed lesson by lesson, never beyond the plan. */
    public static long ktpDue(long ktpHours, long scheduledYearToDate) {
        return Math.min(ktpHours, scheduledYearToDate);
    }

    /** Given lessons of the year minus the КТП hours due: ahead (+) or behind (−). */
    public static long ktpDeviation(long givenYearToDate, long ktpHours, long scheduledYearToDate) {
        return givenYearToDate - ktpDue(ktpHours, scheduledYearToDate);
    }

    /**
     * Given against planned, as a percentage with one decimal (null when nothing is planned yet).
     */
    public static BigDecimal percent(long given, long planned) {
        if (planned <= 0) {
            return null;
        }
        return BigDecimal.valueOf(given * 100L)
                .divide(BigDecimal.valueOf(planned), 1, RoundingMode.HALF_UP);
    }

    /**
     * A lesson not given (R-C01, the deputy's item 15): dated before today, with no topic, no
     * attendance and no mark entered — nothing shows it took place. A lesson of today is not yet
     * missed: its topic may be written until the day ends.
     */
    public static boolean missed(
            LocalDate date, LocalDate today, boolean topic, boolean attendance, boolean marks) {
        return date.isBefore(today) && !topic && !attendance && !marks;
    }
}
