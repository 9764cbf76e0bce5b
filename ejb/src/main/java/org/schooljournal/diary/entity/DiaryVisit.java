package org.schooljournal.diary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * When an account (a parent, or the pupil) opened a child's diary: first and last time. Messages
 * written after the last opening are unread (R-D01: unread first).
 */
@Entity
@Table(name = "diary_visit")
@NamedQuery(
        name = "DiaryVisit.of",
        query =
                "select v from DiaryVisit v where v.accountId = :accountId"
                        + " and v.pupilId = :pupilId")
public class DiaryVisit extends SchoolOwned {
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "pupil_id")
    private long pupilId;

    @Column(name = "first_opened_at")
    private OffsetDateTime firstOpenedAt;

    @Column(name = "last_opened_at")
    private OffsetDateTime lastOpenedAt;

    protected DiaryVisit() {}

    public DiaryVisit(long accountId, long pupilId, Instant at) {
        this.accountId = accountId;
        this.pupilId = pupilId;
        this.firstOpenedAt = Objects.requireNonNull(at).atOffset(ZoneOffset.UTC);
        this.lastOpenedAt = firstOpenedAt;
    }

    /** Opened again: what was written before {@code at} is read now. */
    public void openedAt(Instant at) {
        OffsetDateTime t = at.atOffset(ZoneOffset.UTC);
        if (t.isAfter(lastOpenedAt)) {
            lastOpenedAt = t;
        }
    }

    /** Whether something written at {@code at} was there when the diary was last opened. */
    public boolean hasSeen(Instant at) {
        return !at.isAfter(lastOpenedAt.toInstant());
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt.toInstant();
    }
}
