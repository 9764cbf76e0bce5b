package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A pupil's period mark in a journal (R-J07 to R-J09): a mark, «осв» or «н/а», or deferred to a due
 * date for a pupil who was ill. It keeps the suggestion and the average it was set against; a mark
 * other than the suggestion needs the teacher's reason.
 */
@Entity
@Table(name = "period_mark")
@NamedQuery(
        name = "PeriodMark.ofJournal",
        query =
                "select m from PeriodMark m where m.assignmentId = :assignmentId"
                        + " and m.periodId = :periodId")
@NamedQuery(
        name = "PeriodMark.ofJournalsAndPeriods",
        query =
                "select m, m.assignmentId, m.periodId from PeriodMark m where m.assignmentId in"
                        + " :ids and m.periodId in :periodIds")
@NamedQuery(
        name = "PeriodMark.ofJournalAndPeriods",
        query =
                "select m, m.periodId from PeriodMark m where m.assignmentId = :assignmentId"
                        + " and m.periodId in :periodIds")
public class PeriodMark extends SchoolOwned {
    public static final int MAX_REASON = 300;

    @Column(name = "assignment_id")
    private long assignmentId;

    @Column(name = "period_id")
    private long periodId;

    @Column(name = "pupil_id")
    private long pupilId;

    @Column(name = "mark_value")
    private String value;

    private String suggested;

    private BigDecimal average;

    @Column(name = "deferred_until")
    private LocalDate deferredUntil;

    /** Who set the mark or the deferral, when, and why (null before either). */
    @Embedded private MarkEntry entry;

    /** «н/а», not attested: always with a reason. */
    public static final String NOT_ATTESTED = "н/а";

    protected PeriodMark() {}

    public PeriodMark(long assignmentId, long periodId, long pupilId) {
        this.assignmentId = assignmentId;
        this.periodId = periodId;
        this.pupilId = pupilId;
    }

    /**
     * Sets the mark against the suggestion (R-J07, R-J08): any mark other than the suggested one
     * (an override, or «осв» where the marks suggest a number) needs a reason, and so does «н/а»
     * always (not attested: why). A mark where nothing is suggested (no marks in the period) and
     * the suggested mark itself need none.
     */
    public void set(
            String newValue,
            String suggestion,
            BigDecimal newAverage,
            String newReason,
            String by,
            Instant at) {
        String r = checkedReason(newReason);
        if (r == null && NOT_ATTESTED.equals(newValue)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "periodMark.reason.notAttested");
        }
        if (r == null && suggestion != null && !newValue.equals(suggestion)) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "periodMark.reason.required",
                    newValue,
                    suggestion);
        }
        this.value = newValue;
        this.suggested = suggestion;
        this.average = newAverage;
        this.deferredUntil = null;
        this.entry = new MarkEntry(r, by, at);
    }

    /** R-J09: no mark yet; the pupil, ill in the period, is attested by {@code until}. */
    public void defer(
            LocalDate until, LocalDate periodEnds, String newReason, String by, Instant at) {
        if (!until.isAfter(periodEnds)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "periodMark.deferral.date", until, periodEnds);
        }
        String r = checkedReason(newReason);
        if (r == null) {
            throw new JournalException(JournalException.Kind.INVALID, "periodMark.deferral.reason");
        }
        this.value = null;
        this.deferredUntil = until;
        this.entry = new MarkEntry(r, by, at);
    }

    private static String checkedReason(String r) {
        return MarkEntry.checkedReason(r, MAX_REASON, "periodMark.reason.long");
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getValue() {
        return value;
    }

    public String getSuggested() {
        return suggested;
    }

    public String getReason() {
        return entry == null ? null : entry.getReason();
    }

    public LocalDate getDeferredUntil() {
        return deferredUntil;
    }

    /** Set, or deferred to a due date: either lets the period be locked. */
    public boolean isSettled() {
        return value != null || deferredUntil != null;
    }
}
