package org.schooljournal.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed head of a school's audit chain (issue 11, R-A08): the position and hash the sequencer
 * reached, signed with the server's key. The chain must always reach its latest checkpoint: a tail
 * cut off after it is tampering.
 */
@Entity
@Table(name = "audit_checkpoint")
@NamedQuery(
        name = "AuditCheckpoint.latest",
        query = "select c from AuditCheckpoint c order by c.seq desc")
public class AuditCheckpoint extends org.schooljournal.platform.entity.SchoolOwned {
    private long seq;

    private String hash;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    @Column(name = "key_id")
    private String keyId;

    private String signature;

    protected AuditCheckpoint() {}

    public AuditCheckpoint(
            long seq, String hash, Instant signedAt, String keyId, String signature) {
        this.seq = seq;
        this.hash = Objects.requireNonNull(hash);
        this.signedAt = signedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        this.keyId = Objects.requireNonNull(keyId);
        this.signature = Objects.requireNonNull(signature);
    }

    /** The signed text: what the checkpoint says of which school, and when. */
    public static String text(long schoolId, long seq, String hash, Instant signedAt) {
        return "school-journal audit\n"
                + schoolId
                + "\n"
                + seq
                + "\n"
                + hash
                + "\n"
                + signedAt.truncatedTo(ChronoUnit.MICROS)
                + "\n";
    }

    public String text(long schoolId) {
        return text(schoolId, seq, hash, getSignedAt());
    }

    public long getSeq() {
        return seq;
    }

    public String getHash() {
        return hash;
    }

    public Instant getSignedAt() {
        return signedAt.toInstant();
    }

    public String getKeyId() {
        return keyId;
    }

    public String getSignature() {
        return signature;
    }
}
