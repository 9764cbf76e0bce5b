package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.schooljournal.platform.entity.JournalException;

/**
 * Who set a final mark (a period or a year mark, R-J08, R-J12), when, and why it differs from the
 * suggestion: the same columns in {@code period_mark} and {@code year_mark}.
 */
@Embeddable
public class MarkEntry implements Serializable {
    private String reason;

    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    @Column(name = "entered_by")
    private String enteredBy;

    protected MarkEntry() {}

    MarkEntry(String reason, String by, Instant at) {
        this.reason = reason;
        this.enteredBy = by;
        this.enteredAt = at.atOffset(ZoneOffset.UTC);
    }

    /**
     * A teacher's reason as it is kept: stripped, none when blank; refused ({@code longKey}) when
     * longer than {@code max}.
     */
    static String checkedReason(String reason, int max, String longKey) {
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if (r != null && r.length() > max) {
            throw new JournalException(JournalException.Kind.INVALID, longKey, max);
        }
        return r;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getEnteredAt() {
        return enteredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }
}
