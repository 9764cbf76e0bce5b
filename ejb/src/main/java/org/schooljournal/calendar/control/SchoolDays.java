package org.schooljournal.calendar.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.schooljournal.calendar.control.YearPlan.Holiday;
import org.schooljournal.calendar.control.YearPlan.Period;

/**
 * On which days a grade has lessons (R-S02, R-S10, R-S11): inside one of its study periods, not on
 * a day of rest of its week (Saturday and Sunday for a five-day week, Sunday for a six-day week),
 * and not in holidays or on a day off of its grade. Immutable; built from plain lists, so lesson
 * generation can be tested without a database.
 */
public final class SchoolDays implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Period> periods;
    private final List<Holiday> holidays;

    public SchoolDays(List<Period> periods, List<Holiday> holidays) {
        List<Period> sortedPeriods = new ArrayList<>(periods);
        sortedPeriods.sort(
                Comparator.comparing(Period::startsOn).thenComparingInt(Period::gradeFrom));
        List<Holiday> sortedHolidays = new ArrayList<>(holidays);
        sortedHolidays.sort(
                Comparator.comparing(Holiday::startsOn).thenComparingInt(Holiday::gradeFrom));
        this.periods = List.copyOf(sortedPeriods);
        this.holidays = List.copyOf(sortedHolidays);
    }

    /**
     * Whether pupils of the grade, studying {@code weekDays} days a week, have lessons on the date.
     *
     * @param grade 1..11
     * @param weekDays 5 (Saturday and Sunday off) or 6 (Sunday off)
     * @throws IllegalArgumentException for another number of week days
     */
    public boolean isStudyDay(int grade, int weekDays, LocalDate date) {
        return whyNoLessons(grade, weekDays, date).isEmpty();
    }

    /**
     * Why pupils of the grade have no lessons on the date; empty on a study day. The first reason
     * that applies, in this order: holidays or a day off of the grade, the week's day of rest, no
     * study period of the grade (outside the year, or between two periods).
     *
     * @throws IllegalArgumentException for another number of week days than 5 or 6
     */
    public Optional<NoLessons> whyNoLessons(int grade, int weekDays, LocalDate date) {
        checkWeekDays(weekDays);
        Optional<Holiday> holiday = holidayOf(grade, date);
        if (holiday.isPresent()) {
            return Optional.of(new NoLessons.InHolidays(holiday.get()));
        }
        if (isRestDay(weekDays, date)) {
            return Optional.of(new NoLessons.RestDay(date.getDayOfWeek(), weekDays));
        }
        if (periodOf(grade, date).isEmpty()) {
            return Optional.of(new NoLessons.OutsidePeriods());
        }
        return Optional.empty();
    }

    /** Why a grade has no lessons on a date ({@link #whyNoLessons}). */
    public sealed interface NoLessons extends Serializable {
        /** Holidays or a day off of the grade cover the date (R-S02). */
        record InHolidays(Holiday holiday) implements NoLessons {}

        /** Sunday, or Saturday of a five-day week (R-S10). */
        record RestDay(DayOfWeek day, int weekDays) implements NoLessons {}

        /** No study period of the grade contains the date (R-S01). */
        record OutsidePeriods() implements NoLessons {}
    }

    /** The study days of the grade from..to (both inclusive), in order. */
    public List<LocalDate> studyDays(int grade, int weekDays, LocalDate from, LocalDate to) {
        checkWeekDays(weekDays);
        if (to.isBefore(from)) {
            return List.of();
        }
        return from.datesUntil(to.plusDays(1)).filter(d -> isStudyDay(grade, weekDays, d)).toList();
    }

    /** The study period of the grade that contains the date (holidays inside it included). */
    public Optional<Period> periodOf(int grade, LocalDate date) {
        return periods.stream().filter(p -> p.covers(grade) && p.contains(date)).findFirst();
    }

    /** The holidays or day off that frees the grade on the date, if any. */
    public Optional<Holiday> holidayOf(int grade, LocalDate date) {
        return holidays.stream().filter(h -> h.frees(grade, date)).findFirst();
    }

    /** Whether the date is a weekly day of rest: Sunday always, Saturday for a five-day week. */
    public static boolean isRestDay(int weekDays, LocalDate date) {
        checkWeekDays(weekDays);
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SUNDAY || (weekDays == 5 && day == DayOfWeek.SATURDAY);
    }

    private static void checkWeekDays(int weekDays) {
        if (weekDays != 5 && weekDays != 6) {
            throw new IllegalArgumentException("weekDays must be 5 or 6: " + weekDays);
        }
    }

    /** The periods, by start date. */
    public List<Period> periods() {
        return periods;
    }

    /** The holidays and days off, by start date. */
    public List<Holiday> holidays() {
        return holidays;
    }
}
