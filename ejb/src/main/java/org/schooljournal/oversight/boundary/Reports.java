package org.schooljournal.oversight.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schooljournal.oversight.control.ReportTable;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.School;

/**
 * Every oversight report as XLSX, CSV or PDF/A (R-O01, R-O03), in the reader's language. The data
 * come from {@link Checks} and {@link Results} with the caller's identity, so an export is refused
 * exactly where its screen is: a teacher gets no deputy's report, another school's class, period,
 * teacher or subject is not found.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class Reports {
    /** The reports that export. */
    public enum Kind {
        TIMELINESS("timeliness"),
        DENSITY("density"),
        RESULTS_SUBJECTS("results-subjects"),
        RESULTS_PUPILS("results-pupils"),
        REMEDIAL("remedial"),
        FULFILMENT("fulfilment"),
        PROFILES("fulfilment-profiles"),
        HOMEWORK("homework-load"),
        SUBSTITUTED("substituted"),
        MISSED("missed-lessons"),
        COMPLETENESS("completeness");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }

        public static Kind parse(String slug) {
            for (Kind k : values()) {
                if (k.slug.equals(slug)) {
                    return k;
                }
            }
            return null;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @EJB Checks checks;

    @EJB Results results;

    @EJB Remedial remedial;

    @EJB Plans plans;

    @Inject SchoolClock schoolClock;

    @Inject Caller caller;

    @PersistenceContext EntityManager em;

    public Export export(Kind kind, CheckFilter filter, ExportFormat format, Locale locale) {
        ReportTable table = table(kind, filter, locale);
        return Export.of(table, format, kind.slug(), this::schoolName, schoolClock.today());
    }

    /** The report as a table of texts, as every export shows it. */
    public ReportTable table(Kind kind, CheckFilter filter, Locale locale) {
        return switch (kind) {
            case TIMELINESS -> timeliness(checks.timeliness(filter), locale);
            case DENSITY -> density(checks.density(filter), locale);
            case RESULTS_SUBJECTS -> subjects(results.of(filter), locale);
            case RESULTS_PUPILS -> pupils(results.of(filter), locale);
            case REMEDIAL -> remedial(remedial.of(filter), locale);
            case FULFILMENT -> PlanTables.fulfilment(plans.fulfilment(filter), locale);
            case PROFILES -> PlanTables.profiles(plans.fulfilment(filter), locale);
            case HOMEWORK -> PlanTables.homework(plans.homeworkLoad(filter), locale);
            case SUBSTITUTED -> PlanTables.substituted(plans.lessonsGiven(filter), locale);
            case MISSED -> PlanTables.missed(plans.lessonsGiven(filter), locale);
            case COMPLETENESS -> PlanTables.completeness(plans.completeness(filter), locale);
        };
    }

    private ReportTable timeliness(TimelinessReport r, Locale l) {
        var zone = schoolClock.zone();
        List<List<String>> rows = new ArrayList<>();
        for (LateEntry e : r.entries()) {
            String what = t(l, "oversight.kind." + e.kind());
            if (e.workType() != null) {
                what += ": " + t(l, "oversight.workType." + e.workType());
            }
            rows.add(
                    List.of(
                            DATE.format(e.date()),
                            String.valueOf(e.lessonNumber()),
                            e.classTitle(),
                            e.subject(),
                            e.teacher(),
                            what,
                            t(l, "oversight.finding." + e.finding()),
                            time(e.deadline(), zone),
                            time(e.enteredAt(), zone),
                            time(e.changedAt(), zone)));
        }
        return new ReportTable(
                t(l, "oversight.timeliness.title"),
                List.of(
                        period(l, r.period(), r.from(), r.to()),
                        t(
                                l,
                                "oversight.timeliness.checked",
                                r.lessonsChecked(),
                                r.entries().size()),
                        t(l, "oversight.timeliness.rule")),
                List.of(
                        t(l, "oversight.col.date"),
                        t(l, "oversight.col.lesson"),
                        t(l, "oversight.col.class"),
                        t(l, "oversight.col.subject"),
                        t(l, "oversight.col.teacher"),
                        t(l, "oversight.col.what"),
                        t(l, "oversight.col.finding"),
                        t(l, "oversight.col.deadline"),
                        t(l, "oversight.col.first"),
                        t(l, "oversight.col.last")),
                rows);
    }

    private ReportTable density(DensityReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (DensityReport.Line line : r.lines()) {
            rows.add(
                    List.of(
                            line.classTitle(),
                            line.subject(),
                            line.teacher(),
                            line.pupil(),
                            String.valueOf(line.marks())));
        }
        return new ReportTable(
                t(l, "oversight.density.title"),
                List.of(
                        period(l, r.period(), r.from(), r.to()),
                        t(l, "oversight.density.rule", r.minMarks(), r.daysLeft())),
                List.of(
                        t(l, "oversight.col.class"),
                        t(l, "oversight.col.subject"),
                        t(l, "oversight.col.teacher"),
                        t(l, "oversight.col.pupil"),
                        t(l, "oversight.col.marks")),
                rows);
    }

    private ReportTable subjects(ResultsReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (ResultsReport.SubjectLine s : r.subjects()) {
            rows.add(
                    rateRow(
                            l,
                            s.classTitle(),
                            s.subject(),
                            s.pupils(),
                            s.success(),
                            s.quality(),
                            s.deferred(),
                            s.notAttested(),
                            s.successRate(),
                            s.qualityRate()));
        }
        return rates(r, l, "oversight.results.subjects.title", "subject", "pupils", rows);
    }

    private ReportTable pupils(ResultsReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (ResultsReport.PupilLine p : r.pupils()) {
            rows.add(
                    rateRow(
                            l,
                            p.classTitle(),
                            p.pupil(),
                            p.subjects(),
                            p.success(),
                            p.quality(),
                            p.deferred(),
                            p.notAttested(),
                            p.successRate(),
                            p.qualityRate()));
        }
        return rates(r, l, "oversight.results.pupils.title", "pupil", "subjects", rows);
    }

    /** A line of the rates: class, whose (a subject or a pupil), what is counted, the rates. */
    private static List<String> rateRow(
            Locale l,
            String classTitle,
            String whose,
            long counted,
            long success,
            long quality,
            long deferred,
            long notAttested,
            BigDecimal successRate,
            BigDecimal qualityRate) {
        return List.of(
                classTitle,
                whose,
                String.valueOf(counted),
                String.valueOf(success),
                String.valueOf(quality),
                String.valueOf(deferred),
                String.valueOf(notAttested),
                percent(successRate, l),
                percent(qualityRate, l));
    }

    /**
     * The success and quality table (R-C03, R-C04) with the counting rule under its title; {@code
     * whoseColumn} and {@code countedColumn} name the second and third columns' keys.
     */
    private ReportTable rates(
            ResultsReport r,
            Locale l,
            String titleKey,
            String whoseColumn,
            String countedColumn,
            List<List<String>> rows) {
        return new ReportTable(
                t(l, titleKey),
                List.of(
                        t(l, "oversight.results.period", r.period()),
                        t(l, "oversight.results.rule")),
                List.of(
                        t(l, "oversight.col.class"),
                        t(l, "oversight.col." + whoseColumn),
                        t(l, "oversight.col." + countedColumn),
                        t(l, "oversight.col.success"),
                        t(l, "oversight.col.quality"),
                        t(l, "oversight.col.deferred"),
                        t(l, "oversight.col.notAttested"),
                        t(l, "oversight.col.successRate"),
                        t(l, "oversight.col.qualityRate")),
                rows);
    }

    private ReportTable remedial(RemedialReport r, Locale l) {
        List<List<String>> rows = new ArrayList<>();
        for (RemedialReport.Line line : r.lines()) {
            String what =
                    line.kind().equals("ABSENCE")
                            ? t(l, "oversight.remedial.absence", line.detail())
                            : t(
                                    l,
                                    "oversight.remedial.mark",
                                    line.detail(),
                                    t(l, "oversight.workType." + line.workType()));
            rows.add(
                    List.of(
                            line.classTitle(),
                            line.pupil(),
                            DATE.format(line.date()),
                            line.subject(),
                            line.topic() == null ? "" : line.topic(),
                            what));
        }
        return new ReportTable(
                t(l, "oversight.remedial.title"),
                List.of(period(l, r.period(), r.from(), r.to()), t(l, "oversight.remedial.rule")),
                List.of(
                        t(l, "oversight.col.class"),
                        t(l, "oversight.col.pupil"),
                        t(l, "oversight.col.date"),
                        t(l, "oversight.col.subject"),
                        t(l, "oversight.col.topic"),
                        t(l, "oversight.col.what")),
                rows);
    }

    private static String period(Locale l, String title, LocalDate from, LocalDate to) {
        return t(l, "oversight.period", title, DATE.format(from), DATE.format(to));
    }

    /** «87,5» in Russian, «87.5» in English; «—» where there is no base. */
    public static String percent(BigDecimal rate, Locale l) {
        if (rate == null) {
            return "—";
        }
        String s = rate.toPlainString();
        return "en".equals(l == null ? null : l.getLanguage()) ? s : s.replace('.', ',');
    }

    private static String time(Instant at, java.time.ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    private static String t(Locale l, String key, Object... args) {
        return Messages.text(l, key, args);
    }

    private String schoolName() {
        School s = caller.schoolId() == null ? null : em.find(School.class, caller.schoolId());
        return s == null ? null : s.getName();
    }
}
