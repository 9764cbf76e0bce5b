package org.schooljournal.journal.boundary;

import java.time.Instant;

/**
 * R-J14: the state of a journal period's signature. {@code intact}: the journal still holds what
 * was signed (its digest recomputed now equals the signed one); {@code signatureValid}: the
 * server's ECDSA signature over who, when and that digest verifies, so the signature record itself
 * was not altered, checked with the recorded public key of its {@code keyId} (a key since replaced
 * too); {@code keyKnown}: that key is the server's or recorded in {@code signing_key} (false: the
 * signature cannot be checked, so it is not valid). {@code firstDifference}, when the journal
 * changed, names the first change after the signing as the audit trail recorded it (null when
 * intact or not found there).
 */
public record SignatureCheck(
        long assignmentId,
        long periodId,
        String period,
        boolean signed,
        String signedBy,
        String signerName,
        Instant signedAt,
        String keyId,
        boolean intact,
        boolean signatureValid,
        boolean keyKnown,
        String firstDifference) {
    static SignatureCheck unsigned(long assignmentId, long periodId, String period) {
        return new SignatureCheck(
                assignmentId,
                periodId,
                period,
                false,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                null);
    }

    /** Signed, unchanged since and the signature verifies. */
    public boolean isValid() {
        return signed && intact && signatureValid;
    }
}
