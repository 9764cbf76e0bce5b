package org.schooljournal.journal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.journal.boundary.PeriodMarks;
import org.schooljournal.journal.boundary.PeriodSheet;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.control.SchoolClock;

/**
 * The period marks of a journal (R-J07 to R-J11): per pupil the period's marks, their average and
 * the suggestion; the teacher types the mark (Enter goes down), a reason when it differs from the
 * suggestion, defers one for an ill pupil, and closes the period; the deputy head or head reopens
 * it with a reason.
 */
@Named("periodMarks")
@ViewScoped
public class PeriodMarksView extends MarkColumnPage {
    private static final long serialVersionUID = 1L;

    @Inject PeriodMarks periodMarks;

    @Inject SchoolClock schoolClock;

    @Inject SessionView session;

    private Long id;
    private Long period;
    private List<PeriodSheet> periods = List.of();
    private PeriodSheet sheet;
    private Long deferPupil;
    private LocalDate deferUntil;
    private String deferReason;
    private String reopenReason;

    public void load() {
        if (id == null) {
            return;
        }
        periods = periodMarks.periods(id);
        if (period == null || periods.stream().noneMatch(p -> p.periodId() == period)) {
            period = current(periods);
        }
        if (period != null) {
            show(periodMarks.sheet(id, period));
        }
    }

    /** The period going on today, else the last one begun, else the first. */
    private Long current(List<PeriodSheet> periods) {
        LocalDate today = schoolClock.today();
        PeriodSheet chosen = periods.isEmpty() ? null : periods.get(0);
        for (PeriodSheet p : periods) {
            if (!p.startsOn().isAfter(today)) {
                chosen = p;
            }
        }
        return chosen == null ? null : chosen.periodId();
    }

    private void show(PeriodSheet s) {
        sheet = s;
        column.showAll(s.rows());
    }

    /**
     * Saves one pupil's mark (and reason) when the teacher leaves its field changed; an emptied
     * field takes the mark back.
     */
    public void save(long pupilId) {
        MarkColumn.Typed typed = column.typed(pupilId);
        try {
            if (typed == null) {
                if (hasMark(pupilId)) {
                    show(periodMarks.clear(id, period, pupilId));
                }
                return;
            }
            show(periodMarks.set(id, period, pupilId, typed.value(), typed.reason()));
        } catch (RuntimeException e) {
            column.refuse(pupilId, e, session.getLocale());
        }
    }

    private boolean hasMark(long pupilId) {
        return sheet != null
                && sheet.rows().stream().anyMatch(r -> r.pupilId() == pupilId && r.value() != null);
    }

    public void prepareDeferral(long pupilId) {
        deferPupil = pupilId;
        deferUntil = sheet.endsOn().plusDays(14);
        deferReason = Texts.get("periodMarks.deferIllness");
    }

    public void defer() {
        show(
                periodMarks.defer(
                        id, period, deferPupil, deferUntil, MarkColumn.blankToNull(deferReason)));
        deferPupil = null;
    }

    public void lock() {
        show(periodMarks.lock(id, period));
        Messages.addGlobalInfo(Texts.get("periodMarks.locked"));
    }

    public void reopen() {
        show(periodMarks.reopen(id, period, MarkColumn.blankToNull(reopenReason)));
        reopenReason = null;
        Messages.addGlobalInfo(Texts.get("periodMarks.reopened"));
    }

    /**
     * The average as the journal shows it: two decimals in the reader's way («3,67»), «—» without
     * marks.
     */
    public String average(BigDecimal average) {
        return average == null
                ? "—"
                : org.schooljournal.platform.web.Decimals.fixed(average, 2, session.getLocale());
    }

    public String shown(LocalDate date) {
        return Dates.shown(date);
    }

    /** Whether the mark set differs from the suggestion (the reason field then matters). */
    public boolean overridden(PeriodSheet.Row r) {
        return r.value() != null && r.suggested() != null && !r.value().equals(r.suggested());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public List<PeriodSheet> getPeriods() {
        return periods;
    }

    public PeriodSheet getSheet() {
        return sheet;
    }

    public Long getDeferPupil() {
        return deferPupil;
    }

    public LocalDate getDeferUntil() {
        return deferUntil;
    }

    public void setDeferUntil(LocalDate deferUntil) {
        this.deferUntil = deferUntil;
    }

    public String getDeferReason() {
        return deferReason;
    }

    public void setDeferReason(String deferReason) {
        this.deferReason = deferReason;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
