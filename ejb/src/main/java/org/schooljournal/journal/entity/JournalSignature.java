package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * R-J14: the teacher's signature of a journal's period: who signed, when, the digest of the
 * period's canonical content at that moment and the server's ECDSA signature over both. Signatures
 * are only added; the latest one of a journal's period is the current one.
 */
@Entity
@Table(name = "journal_signature")
@NamedQuery(
        name = "JournalSignature.of",
        query =
                "select s from JournalSignature s where s.assignmentId = :assignmentId"
                        + " and s.periodId = :periodId order by s.signedAt desc, s.id desc")
public class JournalSignature extends SchoolOwned {
    @Column(name = "assignment_id")
    private long assignmentId;

    @Column(name = "period_id")
    private long periodId;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    private String digest;

    private String signature;

    @Column(name = "key_id")
    private String keyId;

    protected JournalSignature() {}

    public JournalSignature(
            long assignmentId,
            long periodId,
            String signedBy,
            String signerName,
            Instant signedAt,
            String digest,
            String signature,
            String keyId) {
        this.assignmentId = assignmentId;
        this.periodId = periodId;
        this.signedBy = Objects.requireNonNull(signedBy);
        this.signerName = Objects.requireNonNull(signerName);
        // the database keeps microseconds: the signed payload covers only what can be read back
        this.signedAt = signedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.digest = Objects.requireNonNull(digest);
        this.signature = Objects.requireNonNull(signature);
        this.keyId = Objects.requireNonNull(keyId);
    }

    /** What the server signs: {@code assignmentId|periodId|login|signedAt|digest}. */
    public static String payload(
            long assignmentId, long periodId, String login, Instant signedAt, String digest) {
        return assignmentId
                + "|"
                + periodId
                + "|"
                + login
                + "|"
                + signedAt.truncatedTo(ChronoUnit.MICROS)
                + "|"
                + digest;
    }

    /** The payload this record's signature must cover. */
    public String payload() {
        return payload(assignmentId, periodId, signedBy, getSignedAt(), digest);
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getPeriodId() {
        return periodId;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt.toInstant();
    }

    public String getDigest() {
        return digest;
    }

    public String getSignature() {
        return signature;
    }

    public String getKeyId() {
        return keyId;
    }
}
