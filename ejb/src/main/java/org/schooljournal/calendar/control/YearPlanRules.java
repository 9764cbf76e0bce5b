package org.schooljournal.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.schooljournal.calendar.control.YearPlan.Holiday;
import org.schooljournal.calendar.control.YearPlan.Period;
import org.schooljournal.calendar.control.YearPlan.Span;
import org.schooljournal.calendar.control.YearPlan.Violation;
import org.schooljournal.calendar.entity.DateRange;
import org.schooljournal.calendar.entity.PeriodKind;

/**
 * The rules a year plan must follow (R-S01, R-S02, R-S14), listed in {@link YearPlan}'s comment,
 * checked all at once: every broken rule is reported, in a stable order.
 *
 * <p>Each violation is a message key of the {@code messages} bundle with arguments that name the
 * problem ("2-я четверть (5–9 кл.)", dates as dd.MM.yyyy, grades). <b>Arguments:</b> the first half
 * is in Russian, the second half repeats them in English, so both bundles can name periods in their
 * own language (the Russian texts use {0}…{n-1}, the English ones {n}…{2n-1}).
 */
final class YearPlanRules {
    private static final int FIRST_GRADE = YearPlan.FIRST_GRADE;
    private static final int LAST_GRADE = YearPlan.LAST_GRADE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final List<Period> periods;
    private final List<Holiday> holidays;

    YearPlanRules(YearPlan plan) {
        this.startsOn = plan.startsOn();
        this.endsOn = plan.endsOn();
        this.periods = plan.periods();
        this.holidays = plan.holidays();
    }

    /** Every broken rule, in a stable order; empty for a valid plan. */
    List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        List<Period> sound = new ArrayList<>();
        for (Period p : periods) {
            if (checkItem(found, "calendar.period.", p)) {
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
            ok &= checkItem(found, "calendar.holiday.", h);
            if (ok) {
                soundHolidays.add(h);
            }
        }
        sound.sort(BY_DATE);
        soundHolidays.sort(Comparator.comparing(Holiday::startsOn).thenComparing(Holiday::endsOn));

        overlaps(found, "calendar.holiday.overlap", soundHolidays, true);
        overlaps(found, "calendar.period.overlap", sound, false);

        GradeProblems byGrade = new GradeProblems();
        for (int grade = FIRST_GRADE; grade <= LAST_GRADE; grade++) {
            checkGrade(grade, sound, soundHolidays, byGrade);
        }
        found.addAll(byGrade.violations());
        return found.stream().distinct().toList();
    }

    /**
     * Checks one period's or holiday's own bounds, grades and place in the year; false if it cannot
     * be checked against the others (impossible dates or grades).
     */
    private boolean checkItem(List<Violation> found, String prefix, Span item) {
        Text name = titleOf(item);
        int gradeFrom = item.gradeFrom();
        int gradeTo = item.gradeTo();
        LocalDate from = item.startsOn();
        LocalDate to = item.endsOn();
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

    /**
     * Two sound periods (or two holidays) sharing a grade and a day: each pair is named, with the
     * days they share (and, for holidays, the grades: holidays of other grades may meet).
     */
    private static void overlaps(
            List<Violation> found, String key, List<? extends Span> items, boolean namingGrades) {
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Span a = items.get(i);
                Span b = items.get(j);
                int from = Math.max(a.gradeFrom(), b.gradeFrom());
                int to = Math.min(a.gradeTo(), b.gradeTo());
                if (from <= to && a.dates().overlaps(b.dates())) {
                    DateRange shared = a.dates().intersection(b.dates());
                    List<Text> args =
                            new ArrayList<>(
                                    List.of(
                                            titleOf(a),
                                            titleOf(b),
                                            date(shared.startsOn()),
                                            date(shared.endsOn())));
                    if (namingGrades) {
                        args.add(gradesText(PeriodNames.range(from, to)));
                    }
                    found.add(violation(key, args.toArray(Text[]::new)));
                }
            }
        }
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
                        new Text(
                                PeriodNames.kindName(kind, Locale.ROOT),
                                PeriodNames.kindName(kind, Locale.ENGLISH)),
                        same(String.valueOf(kind.count())),
                        same(String.valueOf(mine.size())));
            }
        }

        Period first = mine.get(0);
        var bare = new Uncovered(problems, grade, free);
        bare.report(
                "calendar.period.lateStart",
                startsOn,
                first.startsOn().minusDays(1),
                titleOf(first),
                date(startsOn));
        Period reaching = first;
        for (Period next : mine.subList(1, mine.size())) {
            bare.report(
                    "calendar.period.gap",
                    reaching.endsOn().plusDays(1),
                    next.startsOn().minusDays(1),
                    titleOf(reaching),
                    titleOf(next));
            if (next.endsOn().isAfter(reaching.endsOn())) {
                reaching = next;
            }
        }
        bare.report(
                "calendar.period.earlyEnd",
                reaching.endsOn().plusDays(1),
                endsOn,
                titleOf(reaching),
                date(endsOn));
    }

    /**
     * A grade's school days that no period covers (before the first, between two, after the last):
     * each stretch is one problem naming its first and last weekday no holiday frees, the grades,
     * and what lies on either side of it.
     */
    private record Uncovered(GradeProblems problems, int grade, List<Holiday> free) {
        void report(String key, LocalDate from, LocalDate to, Text before, Text after) {
            LocalDate[] days = uncovered(from, to, free);
            if (days != null) {
                problems.add(grade, key, date(days[0]), date(days[1]), GRADES, before, after);
            }
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
            if (free.stream().noneMatch(h -> h.contains(day))) {
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

    private static Text namesOf(List<Period> periods) {
        return new Text(
                periods.stream().map(Period::title).collect(Collectors.joining(", ")),
                periods.stream().map(Period::englishTitle).collect(Collectors.joining(", ")));
    }

    private static Text titleOf(Span s) {
        return new Text(s.title(), s.englishTitle());
    }

    /** An argument in Russian and in English. */
    private record Text(String ru, String en) {}

    /** "1, 3–5 кл." / "grades 1, 3–5". */
    private static Text gradesText(SortedSet<Integer> grades) {
        return new Text(
                PeriodNames.grades(grades, Locale.ROOT),
                PeriodNames.grades(grades, Locale.ENGLISH));
    }

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
}
