package org.schooljournal.calendar.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.schooljournal.calendar.entity.DateRange;
import org.schooljournal.calendar.entity.HolidayKind;
import org.schooljournal.calendar.entity.PeriodKind;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;

/**
 * The plan of one academic year: its bounds, its study periods per grade range and its holidays and
 * days off, with the rules a plan must follow (R-S01, R-S02, R-S14). Plain Java: the boundary
 * checks a whole plan here before anything is stored.
 *
 * <p>The rules, reported by {@link #violations()} (all of them, in a stable order):
 *
 * <ul>
 *   <li>a period or holiday starts on or before its end, covers grades within 1..11 (from ≤ to),
 *       and lies inside the year; a holiday has a name;
 *   <li>two holidays that share a grade do not share a day;
 *   <li>two periods that share a grade do not share a day;
 *   <li>for every grade 1..11 that has any period: its periods are of one kind, numbered 1, 2, …, n
 *       in date order, and there are as many as the kind makes a year (4 quarters, 3 trimesters, 2
 *       half-years, 1 year);
 *   <li>for every such grade no <em>school day</em> of the year is left outside its periods unless
 *       a holiday of that grade covers it. A school day here is any Monday to Friday (Saturdays are
 *       ignored even for six-day weeks, to keep the rule simple). The year's bounds act like
 *       neighbouring periods: the first period must start on or before the first weekday on/after
 *       the year's start, the last must end on or after the last weekday on/before the year's end,
 *       and between two periods every weekday must lie in a holiday of the grade. So weekend gaps
 *       are fine, and a period may end the day before the next one starts.
 * </ul>
 *
 * <p>This class holds the plan's data; the rules are checked in {@link YearPlanRules}, the standard
 * year comes from {@link StandardYear}, and periods and grades are named by {@link PeriodNames}.
 */
public final class YearPlan {
    public static final int FIRST_GRADE = 1;
    public static final int LAST_GRADE = 11;

    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final List<Period> periods;
    private final List<Holiday> holidays;

    /**
     * What a study period and a holiday share: a range of grades and of dates, and a title. The
     * dates are as written: {@link YearPlanRules} reports a span that ends before it starts, so
     * {@link #dates} is for spans it found sound.
     */
    public sealed interface Span permits Period, Holiday {
        int gradeFrom();

        int gradeTo();

        LocalDate startsOn();

        LocalDate endsOn();

        /** As a Russian school names it. */
        String title();

        /** In English. */
        String englishTitle();

        default boolean covers(int grade) {
            return grade >= gradeFrom() && grade <= gradeTo();
        }

        default boolean contains(LocalDate date) {
            return !date.isBefore(startsOn()) && !date.isAfter(endsOn());
        }

        /** The dates as a range; refused when the span ends before it starts. */
        default DateRange dates() {
            return new DateRange(startsOn(), endsOn());
        }
    }

    /** A study period for a range of grades, e.g. the 2nd quarter for grades 5-9. */
    public record Period(
            PeriodKind kind,
            int number,
            int gradeFrom,
            int gradeTo,
            LocalDate startsOn,
            LocalDate endsOn)
            implements Span, Serializable {
        public Period {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(startsOn, "startsOn");
            Objects.requireNonNull(endsOn, "endsOn");
        }

        /** As a Russian school names it: "2-я четверть (5–9 кл.)", "1-е полугодие (10–11 кл.)". */
        public String title() {
            return PeriodNames.title(this, Locale.ROOT);
        }

        /** In English: "quarter 2 (grades 5–9)". */
        public String englishTitle() {
            return PeriodNames.title(this, Locale.ENGLISH);
        }
    }

    /** Holidays or a day off for a range of grades: no lessons on these days. */
    public record Holiday(
            HolidayKind kind,
            String name,
            int gradeFrom,
            int gradeTo,
            LocalDate startsOn,
            LocalDate endsOn)
            implements Span, Serializable {
        public Holiday {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(startsOn, "startsOn");
            Objects.requireNonNull(endsOn, "endsOn");
            name = name == null ? "" : name.strip();
        }

        /** Whether pupils of this grade have no lessons on this date because of it. */
        public boolean frees(int grade, LocalDate date) {
            return covers(grade) && contains(date);
        }

        /** "Осенние каникулы (1–11 кл.)". */
        public String title() {
            return PeriodNames.title(this, Locale.ROOT);
        }

        /** "Осенние каникулы (grades 1–11)": the name as the school wrote it. */
        public String englishTitle() {
            return PeriodNames.title(this, Locale.ENGLISH);
        }
    }

    /**
     * One broken rule: a message key and its arguments (Russian first, then English; see the class
     * comment).
     */
    public record Violation(String key, List<Object> args) implements Serializable {
        public Violation {
            Objects.requireNonNull(key);
            args = List.copyOf(args);
        }

        /** The refusal to throw: {@link JournalException.Kind#INVALID} with this key and args. */
        public JournalException toException() {
            return new JournalException(JournalException.Kind.INVALID, key, args.toArray());
        }

        /** The message in the user's language (Russian unless English is asked for). */
        public String text(Locale locale) {
            return Messages.text(locale, key, args.toArray());
        }
    }

    public YearPlan(
            LocalDate startsOn, LocalDate endsOn, List<Period> periods, List<Holiday> holidays) {
        this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
        this.endsOn = Objects.requireNonNull(endsOn, "endsOn");
        this.periods = List.copyOf(periods);
        this.holidays = List.copyOf(holidays);
    }

    /** The usual Russian plan of the year starting in {@code startYear} ({@link StandardYear}). */
    public static YearPlan standard(int startYear) {
        return StandardYear.of(startYear);
    }

    /** Every broken rule, in a stable order; empty for a valid plan ({@link YearPlanRules}). */
    public List<Violation> violations() {
        return new YearPlanRules(this).violations();
    }

    /** Whether the plan follows every rule. */
    public boolean isValid() {
        return violations().isEmpty();
    }

    /** Refuses an invalid plan with its first violation. */
    public YearPlan check() {
        List<Violation> found = violations();
        if (!found.isEmpty()) {
            throw found.get(0).toException();
        }
        return this;
    }

    /** The study days this plan gives (periods minus holidays and weekends). */
    public SchoolDays schoolDays() {
        return new SchoolDays(periods, holidays);
    }

    /** "1-я четверть", "2-е полугодие", "3-й триместр", "год"; in English "quarter 1". */
    public static String periodName(PeriodKind kind, int number, Locale locale) {
        return PeriodNames.periodName(kind, number, locale);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public List<Period> periods() {
        return periods;
    }

    public List<Holiday> holidays() {
        return holidays;
    }

    /** "2026/2027". */
    public String name() {
        return startsOn.getYear() + "/" + endsOn.getYear();
    }
}
