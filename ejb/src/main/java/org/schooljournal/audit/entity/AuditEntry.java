package org.schooljournal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.schooljournal.audit.control.AuditChain;
import org.schooljournal.journal.control.JournalChange.Subject;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * One change to journal data (R-A08): who, when, from where, what (subject and cell), the old and
 * the new value. A save stores it <em>pending</em>; the audit sequencer then gives it its position
 * in the school's chain and chains it to the previous entry by hash (issue 11). Entries are only
 * ever added; the chain's queries see sequenced entries only, the histories see both in the order
 * they were written (the id).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = "AuditEntry.last",
        query = "select e from AuditEntry e where e.seq is not null order by e.seq desc")
@NamedQuery(
        name = "AuditEntry.chain",
        query = "select e from AuditEntry e where e.seq is not null order by e.seq")
@NamedQuery(name = "AuditEntry.atSeq", query = "select e from AuditEntry e where e.seq = :seq")
@NamedQuery(
        name = "AuditEntry.pending",
        query = "select e from AuditEntry e where e.seq is null order by e.id")
@NamedQuery(name = "AuditEntry.recent", query = "select e from AuditEntry e order by e.id desc")
@NamedQuery(
        name = "AuditEntry.lag",
        query = "select count(e), min(e.at) from AuditEntry e where e.seq is null")
@NamedQuery(
        name = "AuditEntry.ofAssignment",
        query = "select e from AuditEntry e where e.assignmentId = :assignmentId order by e.id")
@NamedQuery(
        name = "AuditEntry.ofCell",
        query =
                "select e from AuditEntry e where e.lessonId = :lessonId and e.pupilId = :pupilId"
                        + " order by e.id")
@NamedQuery(
        name = "AuditEntry.movesOf",
        query =
                "select e from AuditEntry e where e.subject = :subject and e.detail = 'moved'"
                        + " and (e.oldValue like :slot or e.newValue like :slot) order by e.id")
public class AuditEntry extends SchoolOwned {
    /** The position in the school's chain; null while the entry is pending. */
    private Long seq;

    private OffsetDateTime at;

    private String actor;

    @Column(name = "remote_addr")
    private String remoteAddress;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Subject subject;

    @Column(name = "assignment_id")
    private long assignmentId;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "pupil_id")
    private Long pupilId;

    private String detail;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "prev_hash")
    private String prevHash;

    private String hash;

    protected AuditEntry() {}

    public AuditEntry(
            Instant at,
            String actor,
            String remoteAddress,
            Subject subject,
            long assignmentId,
            Long lessonId,
            Long pupilId,
            String detail,
            String oldValue,
            String newValue) {
        // the database keeps microseconds: the hash covers only what can be read back
        this.at = at.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.remoteAddress = remoteAddress;
        this.subject = subject;
        this.assignmentId = assignmentId;
        this.lessonId = lessonId;
        this.pupilId = pupilId;
        this.detail = detail;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    /**
     * Puts the pending entry after {@code previous} (null: the school's first) in the chain: the
     * sequencer's one step, with the hashing entries had before there was a sequencer.
     */
    public void chainAfter(AuditEntry previous) {
        if (seq != null) {
            throw new IllegalStateException("audit entry " + getId() + " is already sequenced");
        }
        if (previous != null && previous.seq == null) {
            throw new IllegalArgumentException("an entry is chained after a sequenced one only");
        }
        this.seq = previous == null ? 1 : previous.seq + 1;
        this.prevHash = previous == null ? AuditChain.GENESIS : previous.hash;
        this.hash = AuditChain.hash(prevHash, seq, fields());
    }

    /** The entry as the chain's check sees it; a pending entry is not in the chain yet. */
    public AuditChain.Link link() {
        if (seq == null) {
            throw new IllegalStateException("audit entry " + getId() + " is not sequenced yet");
        }
        return new AuditChain.Link(seq, fields(), prevHash, hash);
    }

    private List<String> fields() {
        return Arrays.asList(
                at.toInstant().toString(),
                actor,
                remoteAddress,
                subject.name(),
                String.valueOf(assignmentId),
                lessonId == null ? null : lessonId.toString(),
                pupilId == null ? null : pupilId.toString(),
                detail,
                oldValue,
                newValue);
    }

    /** The position in the school's chain, or null while pending. */
    public Long getSeq() {
        return seq;
    }

    /** The entry's hash in the chain, or null while pending. */
    public String getHash() {
        return hash;
    }

    public boolean isPending() {
        return seq == null;
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public String getActor() {
        return actor;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public Subject getSubject() {
        return subject;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Long getPupilId() {
        return pupilId;
    }

    public String getDetail() {
        return detail;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
