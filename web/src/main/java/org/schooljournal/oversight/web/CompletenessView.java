package org.schooljournal.oversight.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.oversight.boundary.Checks;
import org.schooljournal.oversight.boundary.Choices;
import org.schooljournal.oversight.boundary.CompletenessReport;
import org.schooljournal.oversight.boundary.Plans;
import org.schooljournal.oversight.boundary.Reports;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.web.Refusals;

/**
 * The administration's page of journal completeness and timeliness (R-C07): each journal's score
 * from the checks, worst first, with the oversight page's filter; exported like the other reports.
 */
@Named("completeness")
@ViewScoped
public class CompletenessView extends ReportFilter {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject Checks checks;

    @Inject Plans plans;

    @Inject SessionView session;

    private Choices choices = new Choices(List.of(), List.of(), List.of(), List.of(), null);
    private CompletenessReport report;

    @PostConstruct
    void init() {
        // Read while the page is first rendered (a GET), too late for RefusalExceptionHandler
        // to replace the page: the refusal is shown here, as SignatureView's reads do.
        try {
            choices = checks.choices();
            setPeriodId(choices.currentPeriodId());
        } catch (RuntimeException e) {
            Refusals.show(e, session.getLocale());
        }
        load();
    }

    public void load() {
        // Also runs while the page is first rendered (from init), where RefusalExceptionHandler
        // cannot replace the page: the refusal is shown here, as SignatureView's reads do.
        try {
            report = plans.completeness(filter());
        } catch (RuntimeException e) {
            report = null;
            Refusals.show(e, session.getLocale());
        }
    }

    /** The export with the page's filter and language. */
    public String exportUrl(String format) {
        StringBuilder url =
                new StringBuilder("/api/v1/oversight/exports/completeness.")
                        .append(format)
                        .append("?lang=")
                        .append(session.getLanguage());
        return withFilter(url);
    }

    public String text(String key) {
        return Messages.text(session.getLocale(), key);
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public String percent(BigDecimal rate) {
        return Reports.percent(rate, session.getLocale());
    }

    public Choices getChoices() {
        return choices;
    }

    public CompletenessReport getReport() {
        return report;
    }
}
