package org.schooljournal.audit.boundary;

/**
 * The result of checking a school's audit chain: how many sequenced entries, whether they hold and
 * the first broken one. Entries not yet sequenced (issue 11) are counted apart, with the age of the
 * oldest in seconds (null when none): they are not in the chain yet, which is not tampering, so
 * {@code intact} speaks of the chain up to its last sequenced entry, which must reach the latest
 * signed checkpoint ({@code signedHead}, its position; null before the first).
 */
public record ChainCheck(
        long entries,
        boolean intact,
        Long firstBroken,
        long pending,
        Long oldestPendingSeconds,
        Long signedHead) {}
