package org.schooljournal.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.batch.boundary.LessonPlans;
import org.schooljournal.batch.boundary.PlanCopyReport;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.boundary.RolloverPreview;
import org.schooljournal.calendar.boundary.RolloverReport;
import org.schooljournal.calendar.boundary.Rollovers;
import org.schooljournal.calendar.boundary.YearData;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.web.Refusals;

/**
 * The year rollover screen (issue 3 item 13): choose the year to close, see what will happen,
 * confirm; then the report, with the lesson plans copied to the next year.
 */
@Named("rollover")
@ViewScoped
public class RolloverView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Rollovers rollovers;

    @Inject SchoolClock schoolClock;

    @Inject LessonPlans lessonPlans;

    @Inject Calendars calendars;

    @Inject SessionView session;

    /** A year to choose. */
    public record YearItem(long id, String name) implements Serializable {}

    private List<YearItem> years = List.of();
    private Long yearId;
    private RolloverPreview preview;
    private RolloverReport report;
    private PlanCopyReport copied;

    @PostConstruct
    void init() {
        List<YearData> all = calendars.years();
        years = all.stream().map(y -> new YearItem(y.id(), y.name())).toList();
        LocalDate today = schoolClock.today();
        all.stream()
                .filter(y -> !today.isBefore(y.startsOn()) && !today.isAfter(y.endsOn()))
                .findFirst()
                .or(() -> all.stream().reduce((later, earlier) -> earlier))
                .ifPresent(y -> yearId = y.id());
        load();
    }

    /** The preview of the chosen year. */
    public void load() {
        preview = null;
        report = null;
        copied = null;
        if (yearId == null) {
            return;
        }
        preview = rollovers.preview(yearId);
    }

    /** Rolls the year over, then copies its lesson plans to the next year. */
    public void run() {
        if (yearId == null) {
            Messages.addGlobalError(Texts.get("rollover.chooseYear"));
            return;
        }
        report = rollovers.run(yearId);
        preview = null;
        try {
            copied = lessonPlans.copyFromYear(report.fromYearId(), report.toYearId());
            Messages.addGlobalInfo(Texts.get("rollover.done"));
        } catch (EJBException | JournalException e) {
            // the rollover itself is done and stays shown: its report and a warning go with the
            // refusal, which the exception handler (whole action refused) cannot say
            Refusals.show(e, session.getLocale());
            Messages.addGlobalWarn(Texts.get("rollover.plansNotCopied"));
        }
    }

    public List<YearItem> getYears() {
        return years;
    }

    public Long getYearId() {
        return yearId;
    }

    public void setYearId(Long yearId) {
        this.yearId = yearId;
    }

    public RolloverPreview getPreview() {
        return preview;
    }

    public RolloverReport getReport() {
        return report;
    }

    public PlanCopyReport getCopied() {
        return copied;
    }
}
