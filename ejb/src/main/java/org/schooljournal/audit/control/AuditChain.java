package org.schooljournal.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tamper evidence of the audit trail (R-A08): each entry's SHA-256 covers its own fields and
 * its predecessor's hash, so changing, removing or inserting an entry breaks the chain from there
 * on. Fields are length-prefixed so that no two different entries hash the same text.
 */
public final class AuditChain {
    /** The predecessor of a school's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** An entry as the chain sees it: its position, its fields in order, and the stored hashes. */
    public record Link(long seq, List<String> fields, String prevHash, String hash) {}

    private AuditChain() {}

    public static String hash(String prevHash, long seq, List<String> fields) {
        StringBuilder text = new StringBuilder(prevHash).append('|').append(seq);
        for (String f : fields) {
            text.append('|');
            if (f == null) {
                text.append('-');
            } else {
                text.append(f.length()).append(':').append(f);
            }
        }
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * The position of the first entry that does not fit the chain (its fields changed, or its
     * predecessor changed, went missing or was inserted), or empty when the whole chain holds.
     * {@code links} are in sequence order.
     */
    public static Optional<Long> firstBroken(List<Link> links) {
        String prev = GENESIS;
        long expected = 1;
        for (Link l : links) {
            if (l.seq() != expected
                    || !Objects.equals(l.prevHash(), prev)
                    || !hash(prev, l.seq(), l.fields()).equals(l.hash())) {
                return Optional.of(l.seq());
            }
            prev = l.hash();
            expected++;
        }
        return Optional.empty();
    }

    /**
     * Whether the chain still reaches a signed head (issue 11): the position of the first entry
     * that fails it (the head's own when its hash differs, the first missing one when the chain
     * ends before it), or empty when the head is there. A tail cut off after a checkpoint leaves a
     * chain that holds by itself; only this finds it.
     */
    public static Optional<Long> missesHead(List<Link> links, long headSeq, String headHash) {
        for (Link l : links) {
            if (l.seq() == headSeq) {
                return l.hash().equals(headHash) ? Optional.empty() : Optional.of(headSeq);
            }
        }
        long reached = links.isEmpty() ? 0 : links.get(links.size() - 1).seq();
        return Optional.of(Math.min(reached + 1, headSeq));
    }
}
