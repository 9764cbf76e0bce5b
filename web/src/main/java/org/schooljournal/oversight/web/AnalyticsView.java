package org.schooljournal.oversight.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.oversight.boundary.Analytics;
import org.schooljournal.oversight.boundary.AnalyticsReport;
import org.schooljournal.oversight.boundary.CheckFilter;
import org.schooljournal.oversight.boundary.Checks;
import org.schooljournal.oversight.boundary.Choices;
import org.schooljournal.oversight.boundary.ControlWorkReport;
import org.schooljournal.oversight.boundary.ControlWorkResults;
import org.schooljournal.oversight.boundary.Reports;
import org.schooljournal.oversight.web.ChartConfigs.Series;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.web.Refusals;

/**
 * The deputy head's and the head's results page (issue 12): the ВШК control works' results (R-C04)
 * with their exports, and the analytics' charts (R-C09), each beside its table — a class's marks in
 * a subject per week, its lessons missed per week, its success and quality across the periods, a
 * teacher's journals side by side.
 */
@Named("analytics")
@ViewScoped
public class AnalyticsView extends ReportFilter {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject Checks checks;

    @Inject ControlWorkResults controlWorkResults;

    @Inject Analytics analytics;

    @Inject SessionView session;

    private Choices choices = new Choices(List.of(), List.of(), List.of(), List.of(), null);

    private ControlWorkReport works;
    private AnalyticsReport.Marks marks;
    private AnalyticsReport.Attendance attendance;
    private AnalyticsReport.Rates rates;
    private AnalyticsReport.Teacher teacher;

    @PostConstruct
    void init() {
        // Read while the page is first rendered (a GET), too late for RefusalExceptionHandler
        // to replace the page: the refusal is shown here, as SignatureView's reads do.
        try {
            choices = checks.choices();
            setPeriodId(choices.currentPeriodId());
            setClassId(choices.classes().isEmpty() ? null : choices.classes().get(0).id());
            setSubjectId(
                    choices.subjects().stream()
                            .filter(s -> s.name().equals("Математика"))
                            .findFirst()
                            .or(() -> choices.subjects().stream().findFirst())
                            .map(Choices.Choice::id)
                            .orElse(null));
            setTeacherId(choices.teachers().isEmpty() ? null : choices.teachers().get(0).id());
        } catch (RuntimeException e) {
            Refusals.show(e, session.getLocale());
        }
        load();
    }

    /** Reads every table for the filter; a chart whose choice has no data stays away. */
    public void load() {
        Long periodId = getPeriodId();
        Long classId = getClassId();
        Long subjectId = getSubjectId();
        Long teacherId = getTeacherId();
        works =
                attempt(
                        () ->
                                controlWorkResults.of(
                                        new CheckFilter(periodId, classId, null, null)));
        marks =
                classId == null || subjectId == null
                        ? null
                        : attempt(() -> analytics.marks(periodId, classId, subjectId));
        attendance =
                classId == null ? null : attempt(() -> analytics.attendance(periodId, classId));
        rates = classId == null ? null : attempt(() -> analytics.rates(classId));
        teacher = teacherId == null ? null : attempt(() -> analytics.teacher(periodId, teacherId));
    }

    private <T> T attempt(java.util.function.Supplier<T> read) {
        // Also runs while the page is first rendered (from init), where RefusalExceptionHandler
        // cannot replace the page: the refusal is shown here, as SignatureView's reads do.
        try {
            return read.get();
        } catch (RuntimeException e) {
            Refusals.show(e, session.getLocale());
            return null;
        }
    }

    public String getMarksChart() {
        if (marks == null) {
            return null;
        }
        var weeks = marks.weeks();
        return ChartConfigs.bars(
                labels(weeks, w -> WEEK.format(w.week())),
                List.of(
                        Series.bar(
                                "«5»",
                                ChartConfigs.GREEN,
                                map(weeks, AnalyticsReport.MarkWeek::five)),
                        Series.bar(
                                "«4»",
                                ChartConfigs.BLUE,
                                map(weeks, AnalyticsReport.MarkWeek::four)),
                        Series.bar(
                                "«3»",
                                ChartConfigs.AMBER,
                                map(weeks, AnalyticsReport.MarkWeek::three)),
                        Series.bar(
                                "«2»", ChartConfigs.RED, map(weeks, AnalyticsReport.MarkWeek::two)),
                        new Series(
                                label("analytics.average"),
                                "#37474f",
                                map(weeks, AnalyticsReport.MarkWeek::average),
                                "line",
                                "y1")),
                true,
                label("analytics.marksAxis"),
                label("analytics.average"),
                null);
    }

    public String getAttendanceChart() {
        if (attendance == null) {
            return null;
        }
        var weeks = attendance.weeks();
        return ChartConfigs.line(
                labels(weeks, w -> WEEK.format(w.week())),
                List.of(
                        new Series(
                                label("analytics.missedRate"),
                                ChartConfigs.RED,
                                map(weeks, AnalyticsReport.AttendanceWeek::missedRate),
                                null,
                                null)),
                "%");
    }

    public String getRatesChart() {
        if (rates == null) {
            return null;
        }
        var periods = rates.periods();
        return ChartConfigs.bars(
                labels(periods, AnalyticsReport.PeriodRates::period),
                List.of(
                        Series.bar(
                                label("analytics.success"),
                                ChartConfigs.BLUE,
                                map(periods, AnalyticsReport.PeriodRates::successRate)),
                        Series.bar(
                                label("analytics.quality"),
                                ChartConfigs.GREEN,
                                map(periods, AnalyticsReport.PeriodRates::qualityRate))),
                false,
                "%",
                null,
                100);
    }

    public String getTeacherChart() {
        if (teacher == null) {
            return null;
        }
        var journals = teacher.journals();
        return ChartConfigs.bars(
                labels(journals, j -> j.classTitle() + " · " + j.subject()),
                List.of(
                        Series.bar(
                                label("analytics.success"),
                                ChartConfigs.BLUE,
                                map(journals, AnalyticsReport.JournalFigures::successRate)),
                        Series.bar(
                                label("analytics.quality"),
                                ChartConfigs.GREEN,
                                map(journals, AnalyticsReport.JournalFigures::qualityRate)),
                        new Series(
                                label("analytics.average"),
                                "#37474f",
                                map(journals, AnalyticsReport.JournalFigures::average),
                                "line",
                                "y1")),
                false,
                "%",
                label("analytics.average"),
                100);
    }

    private static <T> List<String> labels(List<T> rows, Function<T, String> label) {
        return rows.stream().map(label).toList();
    }

    private static <T, N extends Number> List<N> map(List<T> rows, Function<T, N> value) {
        return rows.stream().map(value).toList();
    }

    /** The control works' export with the page's period, class and language. */
    public String exportUrl(String format) {
        StringBuilder url =
                new StringBuilder("/api/v1/oversight/control-works/export.")
                        .append(format)
                        .append("?lang=")
                        .append(session.getLanguage());
        param(url, "period", getPeriodId());
        param(url, "class", getClassId());
        return url.toString();
    }

    public String text(String key) {
        return Messages.text(session.getLocale(), key);
    }

    /** A text of the web bundle (the charts' legends and axes). */
    private static String label(String key) {
        return org.schooljournal.identity.web.Texts.get(key);
    }

    public String percent(BigDecimal rate) {
        return Reports.percent(rate, session.getLocale());
    }

    public String week(LocalDate d) {
        return d == null ? "" : WEEK.format(d) + "–" + WEEK.format(d.plusDays(6));
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public Choices getChoices() {
        return choices;
    }

    public ControlWorkReport getWorks() {
        return works;
    }

    public AnalyticsReport.Marks getMarks() {
        return marks;
    }

    public AnalyticsReport.Attendance getAttendance() {
        return attendance;
    }

    public AnalyticsReport.Rates getRates() {
        return rates;
    }

    public AnalyticsReport.Teacher getTeacher() {
        return teacher;
    }
}
