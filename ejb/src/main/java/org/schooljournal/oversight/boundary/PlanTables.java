package org.schooljournal.oversight.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        List<List<String>> rows = new ArrayList<>();
        for (FulfilmentReport.Line f : r.lines()) {
            rows.add(
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
                            f.ktpHours() == 0 ? "—" : signed(f.ktpDeviation())));
        }
        return new ReportTable(
                t(l, "oversight.fulfilment.title"),
                List.of(period(l, r.period(), r.from(), r.to()), t(l, "oversight.fulfilment.rule")),
                cols(
                        l,
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
                        "ktpDeviation"),
                rows);
    }

    static ReportTable profiles(FulfilmentReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (FulfilmentReport.Profile p : r.profiles()) {
            rows.add(
                    List.of(
                            String.valueOf(p.grade()),
                            profile(p.profile(), l),
                            String.valueOf(p.journals()),
                            String.valueOf(p.planned()),
                            String.valueOf(p.given()),
                            Reports.percent(p.percent(), l),
                            String.valueOf(p.ktpBehind())));
        }
        return new ReportTable(
                t(l, "oversight.profiles.title"),
                List.of(period(l, r.period(), r.from(), r.to()), t(l, "oversight.profiles.rule")),
                cols(
                        l,
                        "grade",
                        "profile",
                        "journals",
                        "planned",
                        "given",
                        "fulfilled",
                        "ktpBehind"),
                rows);
    }

    static ReportTable homework(HomeworkLoadReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (HomeworkLoadReport.Day d : r.days()) {
            rows.add(
                    List.of(
                            DATE.format(d.date()),
                            d.classTitle(),
                            String.valueOf(d.homeworks()),
                            String.valueOf(d.minutes()),
                            String.valueOf(d.limit())));
        }
        return new ReportTable(
                t(l, "oversight.homework.title"),
                List.of(
                        period(l, r.period(), r.from(), r.to()),
                        t(l, "oversight.homework.checked", r.daysChecked(), r.days().size()),
                        t(l, "oversight.homework.rule")),
                cols(l, "date", "class", "homeworks", "minutes", "limit"),
                rows);
    }

    static ReportTable substituted(LessonsGivenReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (LessonsGivenReport.Line s : r.substituted()) {
            rows.add(
                    List.of(
                            DATE.format(s.date()),
                            String.valueOf(s.number()),
                            s.classTitle(),
                            s.subject(),
                            s.substitute(),
                            s.teacher(),
                            s.topic() == null ? "" : s.topic()));
        }
        return new ReportTable(
                t(l, "oversight.substituted.title"),
                List.of(period(l, r.period(), r.from(), r.to())),
                cols(l, "date", "lesson", "class", "subject", "substitute", "insteadOf", "topic"),
                rows);
    }

    static ReportTable missed(LessonsGivenReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (LessonsGivenReport.Line s : r.missed()) {
            rows.add(
                    List.of(
                            DATE.format(s.date()),
                            String.valueOf(s.number()),
                            s.classTitle(),
                            s.subject(),
                            s.teacher()));
        }
        return new ReportTable(
                t(l, "oversight.missed.title"),
                List.of(period(l, r.period(), r.from(), r.to()), t(l, "oversight.missed.rule")),
                cols(l, "date", "lesson", "class", "subject", "teacher"),
                rows);
    }

    static ReportTable completeness(CompletenessReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (CompletenessReport.Line c : r.lines()) {
            rows.add(
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
                            Reports.percent(c.score(), l)));
        }
        return new ReportTable(
                t(l, "oversight.completeness.title"),
                List.of(
                        period(l, r.period(), r.from(), r.to()),
                        t(l, "oversight.completeness.rule")),
                cols(
                        l,
                        "class",
                        "subject",
                        "teacher",
                        "lessons",
                        "topicsInTime",
                        "homeworkInTime",
                        "marksInTime",
                        "densityMet",
                        "fulfilled",
                        "score"),
                rows);
    }

    /** «базовый учебный план» for the basic plan, else the profile's own name. */
    static String profile(String profile, Locale l) {
        return profile == null || profile.isEmpty() ? t(l, "oversight.profile.basic") : profile;
    }

    private static List<String> cols(Locale l, String... keys) {
        List<String> cols = new ArrayList<>();
        for (String k : keys) {
            cols.add(t(l, "oversight.col." + k));
        }
        return cols;
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
