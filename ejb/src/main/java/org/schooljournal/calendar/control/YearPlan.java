package org.schooljournal.calendar.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
 * <p>Each violation is a message key of the {@code messages} bundle with arguments that name the
 * problem ("2-я четверть (5–9 кл.)", dates as dd.MM.yyyy, grades). <b>Arguments:</b> the first half
 * is in Russian, the second half repeats them in English, so both bundles can name periods in their
 * own language (the Russian texts use {0}…{n-1}, the English ones {n}…{2n-1}).
 */
public final class YearPlan {
    public static final int FIRST_GRADE = 1;
    public static final int LAST_GRADE = 11;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final List<Period> periods;
    private final List<Holiday> holidays;

    /** A study period for a range of grades, e.g. the 2nd quarter for grades 5-9. */
    public record Period(
            PeriodKind kind,
            int number,
            int gradeFrom,
            int gradeTo,
            LocalDate startsOn,
            LocalDate endsOn)
            implements Serializable {
        public Period {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(startsOn, "startsOn");
            Objects.requireNonNull(endsOn, "endsOn");
        }

        public boolean covers(int grade) {
            return grade >= gradeFrom && grade <= gradeTo;
        }

        public boolean contains(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }

        /** As a Russian school names it: "2-я четверть (5–9 кл.)", "1-е полугодие (10–11 кл.)". */
        public String title() {
            return periodName(kind, number, Locale.ROOT) + " (" + grades(gradeFrom, gradeTo) + ")";
        }

        /** In English: "quarter 2 (grades 5–9)". */
        public String englishTitle() {
            return periodName(kind, number, Locale.ENGLISH)
                    + " ("
                    + englishGrades(gradeFrom, gradeTo)
                    + ")";
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
            implements Serializable {
        public Holiday {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(startsOn, "startsOn");
            Objects.requireNonNull(endsOn, "endsOn");
            name = name == null ? "" : name.strip();
        }

        /** Whether pupils of this grade have no lessons on this date because of it. */
        public boolean frees(int grade, LocalDate date) {
            return covers(grade) && !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }

        public boolean covers(int grade) {
            return grade >= gradeFrom && grade <= gradeTo;
        }

        /** "Осенние каникулы (1–11 кл.)". */
        public String title() {
            return name + " (" + grades(gradeFrom, gradeTo) + ")";
        }

        /** "Осенние каникулы (grades 1–11)": the name as the school wrote it. */
        public String englishTitle() {
            return name + " (" + englishGrades(gradeFrom, gradeTo) + ")";
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

    // --- the usual Russian plan ---

    /** First day of the school year: 1 September, even on a weekend. */
    static final MonthDay YEAR_START = MonthDay.of(Month.SEPTEMBER, 1);

    /** Last day of the school year: 31 May. */
    static final MonthDay YEAR_END = MonthDay.of(Month.MAY, 31);

    static final MonthDay AUTUMN_START = MonthDay.of(Month.OCTOBER, 24);
    static final MonthDay AUTUMN_END = MonthDay.of(Month.NOVEMBER, 4);
    static final MonthDay WINTER_START = MonthDay.of(Month.DECEMBER, 31);
    static final MonthDay WINTER_END = MonthDay.of(Month.JANUARY, 11);
    static final MonthDay GRADE_ONE_START = MonthDay.of(Month.FEBRUARY, 13);
    static final MonthDay GRADE_ONE_END = MonthDay.of(Month.FEBRUARY, 21);
    static final MonthDay SPRING_START = MonthDay.of(Month.MARCH, 21);
    static final MonthDay SPRING_END = MonthDay.of(Month.MARCH, 29);

    private static final java.time.format.DateTimeFormatter SHORT_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM");

    /** Public holidays inside the school periods (1-8 January and 4 November fall in holidays). */
    private static final Map<MonthDay, String> PUBLIC_HOLIDAYS =
            Map.of(
                    MonthDay.of(Month.FEBRUARY, 23), "День защитника Отечества",
                    MonthDay.of(Month.MARCH, 8), "Международный женский день",
                    MonthDay.of(Month.MAY, 1), "Праздник Весны и Труда",
                    MonthDay.of(Month.MAY, 9), "День Победы");

    /**
     * The usual Russian plan of the year starting in {@code startYear}, e.g. 2026 for 2026/2027.
     *
     * <p>The rule: the same days of the month every year, those of the 2026/2027 calendar. The year
     * runs 1 September – 31 May (1 September even on a weekend). Grades 1-9 learn in quarters,
     * grades 10-11 in half-years:
     *
     * <ul>
     *   <li>1st quarter 01.09 – 23.10, autumn holidays 24.10 – 04.11 (all grades);
     *   <li>2nd quarter 05.11 – 30.12, winter holidays 31.12 – 11.01 (all grades);
     *   <li>3rd quarter 12.01 – 20.03, with extra holidays for grade 1 13.02 – 21.02, spring
     *       holidays 21.03 – 29.03 (all grades);
     *   <li>4th quarter 30.03 – 31.05;
     *   <li>1st half-year 01.09 – 30.12, 2nd half-year 12.01 – 31.05 (autumn and spring holidays
     *       fall inside them).
     * </ul>
     *
     * Public holidays that fall inside a period and not on a Sunday are days off for every grade:
     * 23 February, 8 March, 1 May, 9 May (the government's yearly transfers of days off are not
     * known in advance; a school adds them by hand). Weekends at the edges of holidays simply
     * belong to them. A school whose regional order differs edits the plan.
     */
    public static YearPlan standard(int startYear) {
        int endYear = startYear + 1;
        LocalDate start = YEAR_START.atYear(startYear);
        LocalDate end = YEAR_END.atYear(endYear);
        LocalDate autumnStart = AUTUMN_START.atYear(startYear);
        LocalDate autumnEnd = AUTUMN_END.atYear(startYear);
        LocalDate winterStart = WINTER_START.atYear(startYear);
        LocalDate winterEnd = WINTER_END.atYear(endYear);
        LocalDate springStart = SPRING_START.atYear(endYear);
        LocalDate springEnd = SPRING_END.atYear(endYear);

        List<Period> periods =
                List.of(
                        new Period(PeriodKind.QUARTER, 1, 1, 9, start, autumnStart.minusDays(1)),
                        new Period(
                                PeriodKind.QUARTER,
                                2,
                                1,
                                9,
                                autumnEnd.plusDays(1),
                                winterStart.minusDays(1)),
                        new Period(
                                PeriodKind.QUARTER,
                                3,
                                1,
                                9,
                                winterEnd.plusDays(1),
                                springStart.minusDays(1)),
                        new Period(PeriodKind.QUARTER, 4, 1, 9, springEnd.plusDays(1), end),
                        new Period(
                                PeriodKind.HALF_YEAR, 1, 10, 11, start, winterStart.minusDays(1)),
                        new Period(PeriodKind.HALF_YEAR, 2, 10, 11, winterEnd.plusDays(1), end));

        List<Holiday> holidays = new ArrayList<>();
        holidays.add(
                new Holiday(
                        HolidayKind.HOLIDAYS,
                        "Осенние каникулы",
                        FIRST_GRADE,
                        LAST_GRADE,
                        autumnStart,
                        autumnEnd));
        holidays.add(
                new Holiday(
                        HolidayKind.HOLIDAYS,
                        "Зимние каникулы",
                        FIRST_GRADE,
                        LAST_GRADE,
                        winterStart,
                        winterEnd));
        holidays.add(
                new Holiday(
                        HolidayKind.HOLIDAYS,
                        "Дополнительные каникулы для 1-х классов",
                        1,
                        1,
                        GRADE_ONE_START.atYear(endYear),
                        GRADE_ONE_END.atYear(endYear)));
        holidays.add(
                new Holiday(
                        HolidayKind.HOLIDAYS,
                        "Весенние каникулы",
                        FIRST_GRADE,
                        LAST_GRADE,
                        springStart,
                        springEnd));
        List<Holiday> blocks = List.copyOf(holidays);
        PUBLIC_HOLIDAYS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> {
                            MonthDay day = e.getKey();
                            LocalDate holiday =
                                    day.atYear(
                                            day.getMonthValue() >= Month.SEPTEMBER.getValue()
                                                    ? startYear
                                                    : endYear);
                            // Labour Code art. 112: a holiday on a Sunday gives the Monday after
                            boolean moved = holiday.getDayOfWeek() == DayOfWeek.SUNDAY;
                            LocalDate date = moved ? holiday.plusDays(1) : holiday;
                            boolean free =
                                    blocks.stream()
                                            .noneMatch(
                                                    h ->
                                                            !date.isBefore(h.startsOn())
                                                                    && !date.isAfter(h.endsOn()));
                            if (free
                                    && date.getDayOfWeek() != DayOfWeek.SUNDAY
                                    && !date.isBefore(start)
                                    && !date.isAfter(end)) {
                                holidays.add(
                                        new Holiday(
                                                HolidayKind.DAY_OFF,
                                                moved
                                                        ? e.getValue()
                                                                + " (перенос с "
                                                                + SHORT_DATE.format(holiday)
                                                                + ")"
                                                        : e.getValue(),
                                                FIRST_GRADE,
                                                LAST_GRADE,
                                                date,
                                                date));
                            }
                        });
        holidays.sort(Comparator.comparing(Holiday::startsOn).thenComparing(Holiday::gradeFrom));
        return new YearPlan(start, end, periods, holidays);
    }

    // --- the rules ---

    /** Every broken rule, in a stable order; empty for a valid plan. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        List<Period> sound = new ArrayList<>();
        for (Period p : periods) {
            if (checkItem(
                    found,
                    "calendar.period.",
                    new Text(p.title(), p.englishTitle()),
                    p.gradeFrom(),
                    p.gradeTo(),
                    p.startsOn(),
                    p.endsOn())) {
                sound.add(p);
            }
        }
        List<Holiday> soundHolidays = new ArrayList<>();
        for (Holiday h : holidays) {
            boolean ok = true;
            if (h.name().isEmpty()) {
                found.add(violation("calendar.holiday.name", date(h.startsOn()), date(h.endsOn())));
                ok = false;
            }
            ok &=
                    checkItem(
                            found,
                            "calendar.holiday.",
                            new Text(h.title(), h.englishTitle()),
                            h.gradeFrom(),
                            h.gradeTo(),
                            h.startsOn(),
                            h.endsOn());
            if (ok) {
                soundHolidays.add(h);
            }
        }
        sound.sort(BY_DATE);
        soundHolidays.sort(Comparator.comparing(Holiday::startsOn).thenComparing(Holiday::endsOn));

        for (int i = 0; i < soundHolidays.size(); i++) {
            for (int j = i + 1; j < soundHolidays.size(); j++) {
                Holiday a = soundHolidays.get(i);
                Holiday b = soundHolidays.get(j);
                int from = Math.max(a.gradeFrom(), b.gradeFrom());
                int to = Math.min(a.gradeTo(), b.gradeTo());
                if (from <= to && overlap(a.startsOn(), a.endsOn(), b.startsOn(), b.endsOn())) {
                    found.add(
                            violation(
                                    "calendar.holiday.overlap",
                                    new Text(a.title(), a.englishTitle()),
                                    new Text(b.title(), b.englishTitle()),
                                    date(later(a.startsOn(), b.startsOn())),
                                    date(earlier(a.endsOn(), b.endsOn())),
                                    gradesText(range(from, to))));
                }
            }
        }
        for (int i = 0; i < sound.size(); i++) {
            for (int j = i + 1; j < sound.size(); j++) {
                Period a = sound.get(i);
                Period b = sound.get(j);
                boolean shareGrade =
                        Math.max(a.gradeFrom(), b.gradeFrom())
                                <= Math.min(a.gradeTo(), b.gradeTo());
                if (shareGrade && overlap(a.startsOn(), a.endsOn(), b.startsOn(), b.endsOn())) {
                    found.add(
                            violation(
                                    "calendar.period.overlap",
                                    new Text(a.title(), a.englishTitle()),
                                    new Text(b.title(), b.englishTitle()),
                                    date(later(a.startsOn(), b.startsOn())),
                                    date(earlier(a.endsOn(), b.endsOn()))));
                }
            }
        }

        GradeProblems byGrade = new GradeProblems();
        for (int grade = FIRST_GRADE; grade <= LAST_GRADE; grade++) {
            checkGrade(grade, sound, soundHolidays, byGrade);
        }
        found.addAll(byGrade.violations());
        return found.stream().distinct().toList();
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

    /**
     * Checks one period's or holiday's own bounds, grades and place in the year; false if it cannot
     * be checked against the others (impossible dates or grades).
     */
    private boolean checkItem(
            List<Violation> found,
            String prefix,
            Text name,
            int gradeFrom,
            int gradeTo,
            LocalDate from,
            LocalDate to) {
        boolean ok = true;
        if (from.isAfter(to)) {
            found.add(violation(prefix + "bounds", name, date(from), date(to)));
            ok = false;
        }
        if (gradeFrom < FIRST_GRADE || gradeTo > LAST_GRADE || gradeFrom > gradeTo) {
            found.add(
                    violation(
                            prefix + "grades",
                            name,
                            same(String.valueOf(gradeFrom)),
                            same(String.valueOf(gradeTo))));
            ok = false;
        }
        if (from.isBefore(startsOn) || to.isAfter(endsOn)) {
            found.add(
                    violation(
                            prefix + "outsideYear",
                            name,
                            date(from),
                            date(to),
                            date(startsOn),
                            date(endsOn)));
            // still checked against the others: its dates are possible, only misplaced
        }
        return ok;
    }

    private void checkGrade(
            int grade, List<Period> sound, List<Holiday> soundHolidays, GradeProblems problems) {
        List<Period> mine = sound.stream().filter(p -> p.covers(grade)).toList();
        if (mine.isEmpty()) {
            return;
        }
        List<Holiday> free = soundHolidays.stream().filter(h -> h.covers(grade)).toList();
        Text names = namesOf(mine);
        Set<PeriodKind> kinds = mine.stream().map(Period::kind).collect(Collectors.toSet());
        if (kinds.size() > 1) {
            problems.add(grade, "calendar.period.mixedKinds", GRADES, names);
        } else {
            boolean numbered = true;
            for (int i = 0; i < mine.size(); i++) {
                numbered &= mine.get(i).number() == i + 1;
            }
            PeriodKind kind = mine.get(0).kind();
            if (!numbered) {
                problems.add(grade, "calendar.period.numbering", GRADES, names);
            } else if (mine.size() != kind.count()) {
                problems.add(
                        grade,
                        "calendar.period.count",
                        GRADES,
                        new Text(kindName(kind, Locale.ROOT), kindName(kind, Locale.ENGLISH)),
                        same(String.valueOf(kind.count())),
                        same(String.valueOf(mine.size())));
            }
        }

        Period first = mine.get(0);
        LocalDate[] lead = uncovered(startsOn, first.startsOn().minusDays(1), free);
        if (lead != null) {
            problems.add(
                    grade,
                    "calendar.period.lateStart",
                    date(lead[0]),
                    date(lead[1]),
                    GRADES,
                    new Text(first.title(), first.englishTitle()),
                    date(startsOn));
        }
        Period reaching = first;
        for (Period next : mine.subList(1, mine.size())) {
            LocalDate[] gap =
                    uncovered(reaching.endsOn().plusDays(1), next.startsOn().minusDays(1), free);
            if (gap != null) {
                problems.add(
                        grade,
                        "calendar.period.gap",
                        date(gap[0]),
                        date(gap[1]),
                        GRADES,
                        new Text(reaching.title(), reaching.englishTitle()),
                        new Text(next.title(), next.englishTitle()));
            }
            if (next.endsOn().isAfter(reaching.endsOn())) {
                reaching = next;
            }
        }
        LocalDate[] tail = uncovered(reaching.endsOn().plusDays(1), endsOn, free);
        if (tail != null) {
            problems.add(
                    grade,
                    "calendar.period.earlyEnd",
                    date(tail[0]),
                    date(tail[1]),
                    GRADES,
                    new Text(reaching.title(), reaching.englishTitle()),
                    date(endsOn));
        }
    }

    /** The first and last weekday from..to that no holiday frees, or null if there is none. */
    private static LocalDate[] uncovered(LocalDate from, LocalDate to, List<Holiday> free) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWeekend(d)) {
                continue;
            }
            LocalDate day = d;
            if (free.stream()
                    .noneMatch(h -> !day.isBefore(h.startsOn()) && !day.isAfter(h.endsOn()))) {
                if (first == null) {
                    first = d;
                }
                last = d;
            }
        }
        return first == null ? null : new LocalDate[] {first, last};
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static final Comparator<Period> BY_DATE =
            Comparator.comparing(Period::startsOn)
                    .thenComparing(Period::endsOn)
                    .thenComparingInt(Period::number)
                    .thenComparingInt(Period::gradeFrom);

    private static boolean overlap(LocalDate a1, LocalDate a2, LocalDate b1, LocalDate b2) {
        return !a1.isAfter(b2) && !b1.isAfter(a2);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Text namesOf(List<Period> periods) {
        return new Text(
                periods.stream().map(Period::title).collect(Collectors.joining(", ")),
                periods.stream().map(Period::englishTitle).collect(Collectors.joining(", ")));
    }

    // --- names ---

    /** "1-я четверть", "2-е полугодие", "3-й триместр", "год"; in English "quarter 1". */
    public static String periodName(PeriodKind kind, int number, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            return kind == PeriodKind.YEAR ? "year" : kindName(kind, locale) + " " + number;
        }
        return switch (kind) {
            case QUARTER -> number + "-я четверть";
            case HALF_YEAR -> number + "-е полугодие";
            case TRIMESTER -> number + "-й триместр";
            case YEAR -> "год";
        };
    }

    static String kindName(PeriodKind kind, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return switch (kind) {
            case QUARTER -> en ? "quarter" : "четверть";
            case HALF_YEAR -> en ? "half-year" : "полугодие";
            case TRIMESTER -> en ? "trimester" : "триместр";
            case YEAR -> en ? "year" : "год";
        };
    }

    /** "5–9 кл.", "1 кл." (an impossible range as it was written: "9–5 кл."). */
    public static String grades(int from, int to) {
        return from > to ? from + "–" + to + " кл." : gradesText(range(from, to)).ru();
    }

    static String englishGrades(int from, int to) {
        return from > to ? "grades " + from + "–" + to : gradesText(range(from, to)).en();
    }

    private static SortedSet<Integer> range(int from, int to) {
        SortedSet<Integer> grades = new TreeSet<>();
        for (int g = from; g <= to; g++) {
            grades.add(g);
        }
        return grades;
    }

    /** "1, 3–5 кл." / "grades 1, 3–5"; a single grade "1 кл." / "grade 1". */
    private static Text gradesText(SortedSet<Integer> grades) {
        List<String> parts = new ArrayList<>();
        Integer runStart = null;
        Integer previous = null;
        for (int g : grades) {
            if (previous != null && g == previous + 1) {
                previous = g;
                continue;
            }
            if (runStart != null) {
                parts.add(run(runStart, previous));
            }
            runStart = g;
            previous = g;
        }
        if (runStart != null) {
            parts.add(run(runStart, previous));
        }
        String list = String.join(", ", parts);
        return new Text(list + " кл.", (grades.size() == 1 ? "grade " : "grades ") + list);
    }

    private static String run(int from, int to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    // --- building violations ---

    /** An argument in Russian and in English. */
    private record Text(String ru, String en) {}

    private static Text same(String text) {
        return new Text(text, text);
    }

    private static Text date(LocalDate date) {
        return same(DATE.format(date));
    }

    /** Placeholder for the grades a per-grade problem concerns, filled in when merged. */
    private static final Text GRADES = new Text("\u0000grades", "\u0000grades");

    private static Violation violation(String key, Text... args) {
        List<Object> all = new ArrayList<>();
        for (Text a : args) {
            all.add(a.ru());
        }
        for (Text a : args) {
            all.add(a.en());
        }
        return new Violation(key, all);
    }

    /**
     * Problems found grade by grade, merged when the same problem concerns several grades (grades
     * 1-9 sharing quarters give one gap, not nine).
     */
    private static final class GradeProblems {
        private final Map<List<Object>, SortedSet<Integer>> grades = new LinkedHashMap<>();

        void add(int grade, String key, Text... args) {
            List<Object> id = new ArrayList<>();
            id.add(key);
            id.addAll(List.of(args));
            grades.computeIfAbsent(id, k -> new TreeSet<>()).add(grade);
        }

        List<Violation> violations() {
            List<Violation> result = new ArrayList<>();
            grades.forEach(
                    (id, which) -> {
                        Text gradesText = gradesText(which);
                        Text[] args =
                                id.subList(1, id.size()).stream()
                                        .map(a -> a == GRADES ? gradesText : (Text) a)
                                        .toArray(Text[]::new);
                        result.add(violation((String) id.get(0), args));
                    });
            return result;
        }
    }

    // --- accessors ---

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
