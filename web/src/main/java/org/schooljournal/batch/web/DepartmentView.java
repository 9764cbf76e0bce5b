package org.schooljournal.batch.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.schooljournal.batch.boundary.DepartmentOverview;
import org.schooljournal.batch.boundary.DepartmentOverviewData;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.oversight.boundary.Reports;
import org.schooljournal.platform.control.Messages;

/** The municipal administrator's overview of its schools (R-T02): aggregates and medians only. */
@Named("department")
@ViewScoped
public class DepartmentView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject DepartmentOverview overview;

    @Inject SessionView session;

    private DepartmentOverviewData data;

    public DepartmentOverviewData getData() {
        if (data == null) {
            data = overview.overview();
        }
        return data;
    }

    public String text(String key, Object... args) {
        return Messages.text(session.getLocale(), key, args);
    }

    public String window() {
        return text(
                "department.window", DATE.format(getData().from()), DATE.format(getData().to()));
    }

    public String percent(BigDecimal v) {
        return v == null ? "—" : Reports.percent(v, session.getLocale());
    }

    /** «+5,0» / «−3,2» against the median; empty without one. */
    public String delta(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return (v.signum() > 0 ? "+" : v.signum() < 0 ? "−" : "±")
                + Reports.percent(v.abs(), session.getLocale());
    }

    public String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    public String archive(DepartmentOverviewData.SchoolLine s) {
        return text("department.archive." + s.archiveStatus())
                + (s.archiveYear() == null ? "" : " " + s.archiveYear());
    }

    public String getLanguage() {
        return session.getLanguage();
    }
}
