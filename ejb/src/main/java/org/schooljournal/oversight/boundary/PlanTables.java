package org.schooljournal.oversight.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.schooljournal.oversight.control.ReportTable;
import org.schooljournal.platform.control.Messages;

/**
 * The plan checks (fulfilment, profiles, homework volume, substituted and missed lessons,
 * completeness) as tables of texts for {@link Reports}' exports, in the reader's language.
 */
final class PlanTables {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PlanTables() {}

    static ReportTable fulfilment(FulfilmentReport r, Locale l) {
        return table(
                l,
                "fulfilment",
                List.of(period(l, r.period(), r.from(), r.to()), t(l, "oversight.fulfilment.rule")),
                r.lines(),
                f ->
                        List.of(
                                f.classTitle(),
                                f.subject(),
                                f.teacher(),
                                f.hoursPerWeek() == null ? "—" : num(f.hoursPerWeek(), l),
                                num(f.weeks(), l),
                                String.valueOf(f.planned()),
                                String.valueOf(f.scheduled()),
                                String.valueOf(f.given()),
                                String.valueOf(f.substituted()),
                                Reports.percent(f.percent(), l),
                                f.ktpHours() == 0 ? "—" : String.valueOf(f.ktpHours()),
                                f.ktpHours() == 0 ? "—" : String.valueOf(f.ktpDue()),
                                String.valueOf(f.givenYear()),
                                f.ktpHours() == 0 ? "—" : signed(f.ktpDeviation())),
                "class",
                "subject",
                "teacher",
                "hoursPerWeek",
                "weeks",
                "planned",
                "scheduled",
                "given",
                "substituted",
                "fulfilled",
                "ktpHours",
                "ktpDue",
                "givenYear",
                "ktpDeviation");
    }

    static ReportTable profiles(FulfilmentReport r, Locale l) {
        return table(
                l,
                "profiles",
                List.of(period(l, r.period(), r.from(), r.to()), t(l, "oversight.profiles.rule")),
                r.profiles(),
                p ->
                        List.of(
                                String.valueOf(p.grade()),
                                profile(p.profile(), l),
                                String.valueOf(p.journals()),
                                String.valueOf(p.planned()),
                                String.valueOf(p.given()),
                                Reports.percent(p.percent(), l),
                                String.valueOf(p.ktpBehind())),
                "grade",
                "profile",
                "journals",
                "planned",
                "given",
                "fulfilled",
                "ktpBehind");
    }

    static ReportTable homework(HomeworkLoadReport r, Locale l) {
        return table(
                l,
                "homework",
                List.of(
                        period(l, r.period(), r.from(), r.to()),
                        t(l, "oversight.homework.checked", r.daysChecked(), r.days().size()),
                        t(l, "oversight.homework.rule")),
                r.days(),
                d ->
                        List.of(
                                DATE.format(d.date()),
                                d.classTitle(),
                                String.valueOf(d.homeworks()),
                                String.valueOf(d.minutes()),
                                String.valueOf(d.limit())),
                "date",
                "class",
                "homeworks",
                "minutes",
                "limit");
    }

    static ReportTable substituted(LessonsGivenReport r, Locale l) {
        return table(
                l,
                "substituted",
                List.of(period(l, r.period(), r.from(), r.to())),
                r.substituted(),
                s -> lesson(s, s.substitute(), s.teacher(), s.topic() == null ? "" : s.topic()),
                "date",
                "lesson",
                "class",
                "subject",
                "substitute",
                "insteadOf",
                "topic");
    }

    static ReportTable missed(LessonsGivenReport r, Locale l) {
        return table(
                l,
                "missed",
                List.of(period(l, r.period(), r.from(), r.to()), t(l, "oversight.missed.rule")),
                r.missed(),
                s -> lesson(s, s.teacher()),
                "date",
                "lesson",
                "class",
                "subject",
                "teacher");
    }

    static ReportTable completeness(CompletenessReport r, Locale l) {
        return table(
                l,
                "completeness",
                List.of(
                        period(l, r.period(), r.from(), r.to()),
                        t(l, "oversight.completeness.rule")),
                r.lines(),
                c ->
                        List.of(
                                c.classTitle(),
                                c.subject(),
                                c.teacher(),
                                String.valueOf(c.lessons()),
                                Reports.percent(c.topics(), l),
                                Reports.percent(c.homework(), l),
                                Reports.percent(c.marks(), l),
                                Reports.percent(c.density(), l),
                                Reports.percent(c.fulfilment(), l),
                                Reports.percent(c.score(), l)),
                "class",
                "subject",
                "teacher",
                "lessons",
                "topicsInTime",
                "homeworkInTime",
                "marksInTime",
                "densityMet",
                "fulfilled",
                "score");
    }

    /**
     * The one shape of these tables: the title {@code oversight.<name>.title}, the notes above, a
     * row of cells per item and the columns' headings {@code oversight.col.<key>}.
     */
    private static <T> ReportTable table(
            Locale l,
            String name,
            List<String> notes,
            List<T> items,
            Function<T, List<String>> row,
            String... columns) {
        List<String> headings = new ArrayList<>();
        for (String k : columns) {
            headings.add(t(l, "oversight.col." + k));
        }
        return new ReportTable(
                t(l, "oversight." + name + ".title"),
                notes,
                headings,
                items.stream().map(row).toList());
    }

    /** A lesson's first cells (date, number, class, subject), then the table's own. */
    private static List<String> lesson(LessonsGivenReport.Line s, String... more) {
        List<String> cells = new ArrayList<>();
        cells.add(DATE.format(s.date()));
        cells.add(String.valueOf(s.number()));
        cells.add(s.classTitle());
        cells.add(s.subject());
        cells.addAll(List.of(more));
        return cells;
    }

    /** «базовый учебный план» for the basic plan, else the profile's own name. */
    static String profile(String profile, Locale l) {
        return profile == null || profile.isEmpty() ? t(l, "oversight.profile.basic") : profile;
    }

    private static String num(BigDecimal n, Locale l) {
        return Reports.percent(n, l);
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    private static String period(Locale l, String title, LocalDate from, LocalDate to) {
        return t(l, "oversight.period", title, DATE.format(from), DATE.format(to));
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.text(l, key, args);
    }
}
