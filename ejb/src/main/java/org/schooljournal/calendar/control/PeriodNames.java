package org.schooljournal.calendar.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.schooljournal.calendar.entity.PeriodKind;
import org.schooljournal.platform.control.Messages;

/**
 * How study periods and grade ranges are named in Russian and in English («2-я четверть (5–9 кл.)»,
 * "quarter 2 (grades 5–9)"): in the year plan's refusals, on the journals' period columns, in the
 * demo. The words themselves are in the messages bundles ({@code period.*}, {@code grades.*}),
 * beside the refusals that use them; here is only how they are put together.
 */
public final class PeriodNames {
    private PeriodNames() {}

    /** "1-я четверть", "2-е полугодие", "3-й триместр", "год"; in English "quarter 1", "year". */
    public static String periodName(PeriodKind kind, int number, Locale locale) {
        return Messages.text(locale, "period.name." + kind.name(), String.valueOf(number));
    }

    /** "четверть", "полугодие"; "quarter", "half-year". */
    static String kindName(PeriodKind kind, Locale locale) {
        return Messages.text(locale, "period.kind." + kind.name());
    }

    /** "2-я четверть (5–9 кл.)", "quarter 2 (grades 5–9)". */
    static String title(YearPlan.Period p, Locale locale) {
        return periodName(p.kind(), p.number(), locale)
                + " ("
                + grades(p.gradeFrom(), p.gradeTo(), locale)
                + ")";
    }

    /** "Осенние каникулы (1–11 кл.)", "Осенние каникулы (grades 1–11)": the name as written. */
    static String title(YearPlan.Holiday h, Locale locale) {
        return h.name() + " (" + grades(h.gradeFrom(), h.gradeTo(), locale) + ")";
    }

    /** "5–9 кл.", "1 кл."; an impossible range as it was written: "9–5 кл.", "grades 9–5". */
    static String grades(int from, int to, Locale locale) {
        return from > to
                ? Messages.text(locale, "grades.many", from + "–" + to)
                : grades(range(from, to), locale);
    }

    /** "1, 3–5 кл." / "grades 1, 3–5"; a single grade "1 кл." / "grade 1". */
    static String grades(SortedSet<Integer> grades, Locale locale) {
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
        return Messages.text(
                locale,
                grades.size() == 1 ? "grades.one" : "grades.many",
                String.join(", ", parts));
    }

    static SortedSet<Integer> range(int from, int to) {
        SortedSet<Integer> grades = new TreeSet<>();
        for (int g = from; g <= to; g++) {
            grades.add(g);
        }
        return grades;
    }

    private static String run(int from, int to) {
        return from == to ? String.valueOf(from) : from + "–" + to;
    }
}
