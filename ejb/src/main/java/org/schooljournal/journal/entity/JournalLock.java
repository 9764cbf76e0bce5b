package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * R-J11: a journal's period closed once its period marks are set; while it exists the teacher
 * changes nothing dated in the period. Reopening (deputy or head, with a reason) removes it; both
 * are in the audit trail.
 */
@Entity
@Table(name = "journal_lock")
@NamedQuery(
        name = "JournalLock.of",
        query =
                "select l from JournalLock l where l.assignmentId = :assignmentId"
                        + " and l.periodId = :periodId")
@NamedQuery(
        name = "JournalLock.ofAssignment",
        query = "select l.periodId from JournalLock l where l.assignmentId = :assignmentId")
// R-J11: the closed period of a journal that holds a date, if any
@NamedQuery(
        name = "JournalLock.closedPeriodHolding",
        query =
                "select p from JournalLock l, StudyPeriod p where l.periodId = p.id"
                        + " and l.assignmentId = :assignmentId"
                        + " and p.dates.startsOn <= :date and p.dates.endsOn >= :date")
public class JournalLock extends SchoolOwned {
    @Column(name = "assignment_id")
    private long assignmentId;

    @Column(name = "period_id")
    private long periodId;

    @Column(name = "locked_at")
    private OffsetDateTime lockedAt;

    @Column(name = "locked_by")
    private String lockedBy;

    protected JournalLock() {}

    public JournalLock(long assignmentId, long periodId, String by, Instant at) {
        this.assignmentId = assignmentId;
        this.periodId = periodId;
        this.lockedBy = by;
        this.lockedAt = at.atOffset(ZoneOffset.UTC);
    }

    public String getLockedBy() {
        return lockedBy;
    }

    public Instant getLockedAt() {
        return lockedAt.toInstant();
    }
}
