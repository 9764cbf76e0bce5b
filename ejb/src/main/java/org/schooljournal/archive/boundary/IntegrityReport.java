package org.schooljournal.archive.boundary;

import java.time.Duration;
import java.util.List;

/**
 * The integrity check's result (R-P04, issue 10 item 5): how much was checked and every problem
 * found, each naming its record; none means all {@code documents} are intact. {@code bytesReadBy}
 * says how the stored bytes were read (binary COPY on PostgreSQL, JDBC on H2), so a fall-back from
 * the fast path shows in the report, not only in its speed.
 */
public record IntegrityReport(
        int documents,
        long bytes,
        int checkpoints,
        int auditChains,
        List<Finding> findings,
        Duration elapsed,
        String bytesReadBy) {
    /** What kind of problem. */
    public enum Problem {
        /** Bytes or a record changed: no longer what was deposited and signed. */
        DAMAGED,
        /** Bytes or a leaf gone without a destruction act. */
        MISSING,
        /** A record or bytes nobody deposited through the archive (no valid signature). */
        ADDED,
        /** Records or bytes in another place than deposited (a swapped pair). */
        REORDERED,
        /** A checkpoint whose signature, root or consistency with the previous one fails. */
        CHECKPOINT,
        /** A school's audit trail broken or cut short of the head a checkpoint signed. */
        AUDIT_CHAIN
    }

    /** One problem: what is wrong, which record (school, class, year, kind), and how. */
    public record Finding(Problem problem, Long schoolId, String record, String detail) {}

    public boolean intact() {
        return findings.isEmpty();
    }

    /** «all 240 intact», or the number of problems. */
    public String summary() {
        return intact()
                ? "all " + documents + " intact"
                : findings.size() + " problem(s) in " + documents + " documents";
    }

    /** MB/s of the bytes re-hashed. */
    public double megabytesPerSecond() {
        double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
        return bytes / 1e6 / seconds;
    }
}
