package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A pupil's year mark in a journal for one academic year (годовая отметка, R-J12): a mark, «осв» or
 * «н/а». A journal is one row across the years (the class keeps it when promoted), so the year
 * tells last year's mark from this year's. It keeps the suggestion it was set against; a mark other
 * than the suggestion needs the teacher's reason.
 */
@Entity
@Table(name = "year_mark")
@NamedQuery(
        name = "YearMark.ofJournal",
        query =
                "select y from YearMark y where y.assignmentId = :assignmentId"
                        + " and y.yearId = :yearId")
@NamedQuery(
        name = "YearMark.ofJournals",
        query =
                "select y from YearMark y where y.assignmentId in :assignmentIds"
                        + " and y.yearId = :yearId")
public class YearMark extends SchoolOwned {
    public static final int MAX_REASON = 300;

    @Column(name = "assignment_id")
    private long assignmentId;

    @Column(name = "pupil_id")
    private long pupilId;

    /** The academic year the mark is for. */
    @Column(name = "year_id")
    private long yearId;

    @Column(name = "mark_value")
    private String value;

    private String suggested;

    /** Who set the mark, when, and why (null before it is set). */
    @Embedded private MarkEntry entry;

    protected YearMark() {}

    public YearMark(long assignmentId, long pupilId, long yearId) {
        this.assignmentId = assignmentId;
        this.pupilId = pupilId;
        this.yearId = yearId;
    }

    /**
     * Sets the mark against the suggestion: any value other than the suggested one (including when
     * there is no suggestion) needs a reason.
     */
    public void set(String newValue, String suggestion, String newReason, String by, Instant at) {
        Objects.requireNonNull(newValue, "value");
        String r = MarkEntry.checkedReason(newReason, MAX_REASON, "yearMark.reason.long");
        if (!newValue.equals(suggestion) && r == null) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    suggestion == null ? "yearMark.reason.noSuggestion" : "yearMark.reason",
                    newValue,
                    suggestion);
        }
        this.value = newValue;
        this.suggested = suggestion;
        this.entry = new MarkEntry(r, by, at);
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getPupilId() {
        return pupilId;
    }

    public long getYearId() {
        return yearId;
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
}
