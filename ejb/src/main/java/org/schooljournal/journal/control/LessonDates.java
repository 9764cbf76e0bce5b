package org.schooljournal.journal.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.calendar.control.SchoolDays.NoLessons;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.HolidayKind;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.entity.JournalException;

/**
 * Dates hold (issue 8, item 6): the one rule for where a lesson may stand and what may be entered
 * for it. Plain Java over one year's plan, so it is tested without a database.
 *
 * <ul>
 *   <li>R-S02, R-J06: a lesson is placed (moved by the deputy; lesson generation asks the same
 *       {@link SchoolDays}) only on a study day of its class: inside its academic year, not in
 *       holidays or on a day off of its grade, not on Sunday nor, in a five-day week, on Saturday,
 *       and inside a study period of its grade.
 *   <li>R-J05, R-J07: a mark or an absence is entered only for a lesson that lies in a study period
 *       of its grade, since it would count in no period mark otherwise.
 * </ul>
 *
 * Each refusal is a {@link JournalException} ({@link JournalException.Kind#INVALID}) naming why,
 * with dates as dd.MM.yyyy and the same arguments for the Russian and English texts.
 */
public final class LessonDates {
    /** An academic year: «2026/2027», 01.09.2026 – 31.05.2027. */
    public record Year(String name, LocalDate startsOn, LocalDate endsOn) {
        public Year {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(startsOn, "startsOn");
            Objects.requireNonNull(endsOn, "endsOn");
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }
    }

    private final Year year;
    private final SchoolDays days;

    /**
     * @param year the lesson's academic year; null when the school has none there
     * @param days that year's study periods and holidays (only those around the date will do)
     */
    public LessonDates(Year year, SchoolDays days) {
        this.year = year;
        this.days = Objects.requireNonNull(days, "days");
    }

    /**
     * Refuses a lesson on {@code date} unless the class studies that day (R-S02, R-J06).
     *
     * @param grade the class's (or group's) grade, 1..11
     * @param weekDays 5 or 6 days a week (a stream, with no class of its own: 6)
     * @param classTitle the class as the school writes it, «5 «А»», named when it rests on Saturday
     */
    public void requireStudyDay(int grade, int weekDays, String classTitle, LocalDate date) {
        Objects.requireNonNull(date, "date");
        String shown = Dates.shown(date);
        if (year == null) {
            throw refusal("lessonDate.noYear", shown);
        }
        if (!year.contains(date)) {
            throw refusal(
                    "lessonDate.outsideYear",
                    shown,
                    year.name(),
                    Dates.shown(year.startsOn()),
                    Dates.shown(year.endsOn()));
        }
        NoLessons why = days.whyNoLessons(grade, weekDays, date).orElse(null);
        if (why instanceof NoLessons.InHolidays in) {
            YearPlan.Holiday h = in.holiday();
            throw h.kind() == HolidayKind.DAY_OFF
                    ? refusal("lessonDate.dayOff", shown, h.name())
                    : refusal(
                            "lessonDate.holidays",
                            shown,
                            h.name(),
                            Dates.shown(h.startsOn()),
                            Dates.shown(h.endsOn()));
        }
        if (why instanceof NoLessons.RestDay rest) {
            throw rest.day() == DayOfWeek.SUNDAY
                    ? refusal("lessonDate.sunday", shown)
                    : refusal(
                            "lessonDate.saturday",
                            shown,
                            classTitle == null ? String.valueOf(grade) : classTitle);
        }
        if (why instanceof NoLessons.OutsidePeriods) {
            throw refusal("lessonDate.outsidePeriods", shown, String.valueOf(grade));
        }
    }

    /**
     * Refuses a mark or an absence for a lesson on {@code lessonDate} that lies in no study period
     * of its grade (R-J05): naming the holidays it fell into, when it did.
     */
    public void requireInPeriod(int grade, LocalDate lessonDate) {
        if (days.periodOf(grade, lessonDate).isPresent()) {
            return;
        }
        String shown = Dates.shown(lessonDate);
        YearPlan.Holiday h = days.holidayOf(grade, lessonDate).orElse(null);
        throw h == null
                ? refusal("lesson.outsidePeriods", shown)
                : refusal(
                        "lesson.outsidePeriods.holidays",
                        shown,
                        h.name(),
                        Dates.shown(h.startsOn()),
                        Dates.shown(h.endsOn()));
    }

    private static JournalException refusal(String key, Object... args) {
        return new JournalException(JournalException.Kind.INVALID, key, args);
    }
}
