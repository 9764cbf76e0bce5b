package org.schooljournal.oversight.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.oversight.boundary.CheckFilter;
import org.schooljournal.oversight.boundary.Checks;
import org.schooljournal.oversight.boundary.Choices;
import org.schooljournal.oversight.boundary.DensityReport;
import org.schooljournal.oversight.boundary.FulfilmentReport;
import org.schooljournal.oversight.boundary.HomeworkLoadReport;
import org.schooljournal.oversight.boundary.LateEntry;
import org.schooljournal.oversight.boundary.LessonsGivenReport;
import org.schooljournal.oversight.boundary.Plans;
import org.schooljournal.oversight.boundary.Remedial;
import org.schooljournal.oversight.boundary.RemedialReport;
import org.schooljournal.oversight.boundary.Reports;
import org.schooljournal.oversight.boundary.Results;
import org.schooljournal.oversight.boundary.ResultsReport;
import org.schooljournal.oversight.boundary.TimelinessReport;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.web.Refusals;

/**
 * The deputy head's and the head's oversight page (issue 12): the timeliness check (R-C01, R-C02),
 * mark density with the school's threshold, and the period's success and quality rates (R-C03,
 * R-C04), filtered by period, class, teacher and subject; each report downloads as XLSX, CSV and
 * PDF (R-O01) with the same filter.
 */
@Named("oversight")
@ViewScoped
public class OversightView extends ReportFilter {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    @Inject Checks checks;

    @Inject Results results;

    @Inject Remedial remedial;

    @Inject Plans plans;

    @Inject SessionView session;

    @Inject SchoolClock schoolClock;

    private Choices choices = new Choices(List.of(), List.of(), List.of(), List.of(), null);
    private int minMarks;

    private TimelinessReport timeliness;
    private DensityReport density;
    private ResultsReport resultsReport;
    private RemedialReport remedialReport;
    private FulfilmentReport fulfilment;
    private HomeworkLoadReport homework;
    private LessonsGivenReport lessonsGiven;

    @PostConstruct
    void init() {
        // Read while the page is first rendered (a GET), too late for RefusalExceptionHandler
        // to replace the page: the refusal is shown here, as SignatureView's reads do.
        try {
            choices = checks.choices();
            setPeriodId(choices.currentPeriodId());
            minMarks = checks.minMarks();
        } catch (RuntimeException e) {
            Refusals.show(e, session.getLocale());
        }
        load();
    }

    /** Runs the three reports for the filter. */
    public void load() {
        CheckFilter filter = filter();
        // Also runs while the page is first rendered (from init), where RefusalExceptionHandler
        // cannot replace the page: the refusal is shown here, as SignatureView's reads do.
        try {
            timeliness = checks.timeliness(filter);
            density = checks.density(filter);
            resultsReport = results.of(filter);
            remedialReport = remedial.of(filter);
            fulfilment = plans.fulfilment(filter);
            homework = plans.homeworkLoad(filter);
            lessonsGiven = plans.lessonsGiven(filter);
        } catch (RuntimeException e) {
            fulfilment = null;
            homework = null;
            lessonsGiven = null;
            timeliness = null;
            density = null;
            resultsReport = null;
            remedialReport = null;
            Refusals.show(e, session.getLocale());
        }
    }

    public void saveMinMarks() {
        checks.changeMinMarks(minMarks);
        load();
        Messages.addGlobalInfo(org.schooljournal.identity.web.Texts.get("oversight.saved"));
    }

    /** The download of a report in a format with the page's filter and language. */
    public String exportUrl(String report, String format) {
        StringBuilder url = new StringBuilder("/api/v1/oversight/exports/");
        url.append(Reports.Kind.parse(report) == null ? "timeliness" : report)
                .append('.')
                .append(format)
                .append("?lang=")
                .append(session.getLanguage());
        return withFilter(url);
    }

    /** «Отметки: контрольная работа», in the reader's language. */
    public String what(LateEntry e) {
        String what = text("oversight.kind." + e.kind());
        return e.workType() == null
                ? what
                : what + ": " + text("oversight.workType." + e.workType());
    }

    public String finding(LateEntry e) {
        return text("oversight.finding." + e.finding());
    }

    public String text(String key) {
        return org.schooljournal.platform.control.Messages.text(session.getLocale(), key);
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String time(Instant at) {
        ZoneId zone = schoolClock.zone();
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    public String percent(BigDecimal rate) {
        return Reports.percent(rate, session.getLocale());
    }

    public Choices getChoices() {
        return choices;
    }

    public int getMinMarks() {
        return minMarks;
    }

    public void setMinMarks(int minMarks) {
        this.minMarks = minMarks;
    }

    public TimelinessReport getTimeliness() {
        return timeliness;
    }

    public DensityReport getDensity() {
        return density;
    }

    public RemedialReport getRemedial() {
        return remedialReport;
    }

    /** «пропуск (Б)» or «отметка «2» (контрольная работа)», in the reader's language. */
    public String remedialWhat(RemedialReport.Line line) {
        var locale = session.getLocale();
        return line.kind().equals("ABSENCE")
                ? org.schooljournal.platform.control.Messages.text(
                        locale, "oversight.remedial.absence", line.detail())
                : org.schooljournal.platform.control.Messages.text(
                        locale,
                        "oversight.remedial.mark",
                        line.detail(),
                        text("oversight.workType." + line.workType()));
    }

    public ResultsReport getResults() {
        return resultsReport;
    }

    public FulfilmentReport getFulfilment() {
        return fulfilment;
    }

    public HomeworkLoadReport getHomework() {
        return homework;
    }

    public LessonsGivenReport getLessonsGiven() {
        return lessonsGiven;
    }

    /** «+2», «−3», «0», or «—» for a journal without a КТП. */
    public String signed(FulfilmentReport.Line line) {
        if (line.ktpHours() == 0) {
            return "—";
        }
        long n = line.ktpDeviation();
        return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "0";
    }

    /** The profile's name, «базовый учебный план» for the basic one. */
    public String profile(String profile) {
        return profile == null || profile.isEmpty() ? text("oversight.profile.basic") : profile;
    }

    /** «Проверено дней классов с домашним заданием: 40; сверх нормы: 2». */
    public String homeworkChecked() {
        return homework == null
                ? ""
                : org.schooljournal.platform.control.Messages.text(
                        session.getLocale(),
                        "oversight.homework.checked",
                        homework.daysChecked(),
                        homework.days().size());
    }
}
