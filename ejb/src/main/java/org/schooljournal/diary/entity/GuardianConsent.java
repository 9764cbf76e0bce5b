package org.schooljournal.diary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * R-A05: one decision of a parent on the processing of its personal data (152-FZ), as recorded from
 * the paper it signed. Never changed: a new decision is a new row, the latest one counts.
 */
@Entity
@Table(name = "guardian_consent")
@NamedQuery(
        name = "GuardianConsent.history",
        query =
                "select c from GuardianConsent c where c.guardianId = :guardianId"
                        + " order by c.id desc")
public class GuardianConsent extends SchoolOwned {
    @Column(name = "guardian_id")
    private long guardianId;

    private String decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "paper_ref")
    private String paperRef;

    @Column(name = "recorded_by")
    private long recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected GuardianConsent() {}

    public GuardianConsent(
            long guardianId,
            String decision,
            LocalDate decidedOn,
            String paperRef,
            long recordedBy,
            Instant recordedAt) {
        this.guardianId = guardianId;
        this.decision = Objects.requireNonNull(decision);
        this.decidedOn = Objects.requireNonNull(decidedOn);
        this.paperRef = Objects.requireNonNull(paperRef);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    }

    public long getGuardianId() {
        return guardianId;
    }

    public String getDecision() {
        return decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getPaperRef() {
        return paperRef;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt.toInstant();
    }
}
