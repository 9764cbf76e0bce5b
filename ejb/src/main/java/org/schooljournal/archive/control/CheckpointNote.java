package org.schooljournal.archive.control;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * R-P04: a signed checkpoint of the archive's log, as the text file the department keeps outside
 * the database. Its layout is the C2SP {@code tlog-checkpoint} body inside a C2SP {@code
 * signed-note}:
 *
 * <pre>
 * school-journal archive           origin
 * 42                               tree size
 * 3q2+7w…=                         root hash, Base64
 * time 2026-06-30T21:00:00Z        extension lines: when,
 * audit 1 1234 9f86d0…             and each school's audit chain head (school, seq, hash)
 *
 * — 0123456789abcdef MEUCIQ…       key id, Base64 DER ECDSA P-256 signature of the body
 * </pre>
 *
 * The body is everything up to and including the line feed before the empty line. Unlike the
 * Ed25519 notes of C2SP, the signature carries no 4-byte key hash: the key name is the archive's
 * key id (first 16 hex digits of the SHA-256 of the public key), looked up among the kept keys.
 */
public record CheckpointNote(
        String origin,
        long size,
        byte[] root,
        Instant time,
        List<AuditHead> auditHeads,
        String keyId,
        String signature) {
    public static final String ORIGIN = "school-journal archive";

    /** The last entry of a school's audit chain when the checkpoint was signed. */
    public record AuditHead(long schoolId, long seq, String hash) {}

    public CheckpointNote {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(root);
        Objects.requireNonNull(time);
        auditHeads = List.copyOf(auditHeads);
    }

    /** A new checkpoint signed by {@code signer} (text → Base64 signature) as key {@code keyId}. */
    public static CheckpointNote signed(
            long size,
            byte[] root,
            Instant time,
            List<AuditHead> heads,
            String keyId,
            UnaryOperator<String> signer) {
        CheckpointNote unsigned = new CheckpointNote(ORIGIN, size, root, time, heads, keyId, "");
        return new CheckpointNote(
                ORIGIN, size, root, time, heads, keyId, signer.apply(unsigned.body()));
    }

    /** The signed text. */
    public String body() {
        StringBuilder b =
                new StringBuilder(origin)
                        .append('\n')
                        .append(size)
                        .append('\n')
                        .append(Base64.getEncoder().encodeToString(root))
                        .append('\n')
                        .append("time ")
                        .append(time)
                        .append('\n');
        for (AuditHead h : auditHeads) {
            b.append("audit ")
                    .append(h.schoolId())
                    .append(' ')
                    .append(h.seq())
                    .append(' ')
                    .append(h.hash())
                    .append('\n');
        }
        return b.toString();
    }

    /** The whole note: body, empty line, signature line. */
    public String text() {
        return body() + "\n\u2014 " + keyId + " " + signature + "\n";
    }

    public boolean verifies(PublicKey key) {
        return EcdsaKeys.verify(key, body(), signature);
    }

    /** Reads a note back; refuses what is not one. */
    public static CheckpointNote parse(String text) {
        int split = text.indexOf("\n\n");
        if (split < 0) {
            throw new IllegalArgumentException("not a signed note: no signature");
        }
        String[] body = text.substring(0, split).split("\n");
        String[] sig = text.substring(split + 2).strip().split(" ");
        if (body.length < 4 || sig.length != 3 || !"\u2014".equals(sig[0])) {
            throw new IllegalArgumentException("not a checkpoint note");
        }
        if (!body[3].startsWith("time ")) {
            throw new IllegalArgumentException("a checkpoint note without its time");
        }
        List<AuditHead> heads = new ArrayList<>();
        for (int i = 4; i < body.length; i++) {
            String[] h = body[i].split(" ");
            if (h.length != 4 || !"audit".equals(h[0])) {
                throw new IllegalArgumentException("unknown checkpoint line: " + body[i]);
            }
            heads.add(new AuditHead(Long.parseLong(h[1]), Long.parseLong(h[2]), h[3]));
        }
        CheckpointNote note =
                new CheckpointNote(
                        body[0],
                        Long.parseLong(body[1]),
                        Base64.getDecoder().decode(body[2]),
                        Instant.parse(body[3].substring(5)),
                        heads,
                        sig[1],
                        sig[2]);
        if (!note.text().equals(text)) {
            throw new IllegalArgumentException("not a canonical checkpoint note");
        }
        return note;
    }

    public AuditHead headOf(long schoolId) {
        return auditHeads.stream().filter(h -> h.schoolId() == schoolId).findFirst().orElse(null);
    }
}
