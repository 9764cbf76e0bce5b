package org.schooljournal.oversight.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R-C04, R-C09: how many «5», «4», «3» and «2» (a «1» counts with the «2») a group of pupils got,
 * how many did not write (no mark), and the rates of the order (success: not below «3», quality:
 * «4» and «5», both over the pupils who should have written, so a pupil who did not write counts
 * against both). A control work's mark is compared with the same pupil's period mark: confirmed
 * (equal), above the period mark, below it.
 */
public final class MarkDistribution {
    private final long[] counts = new long[4]; // 5, 4, 3, 2
    private long notWritten;
    private long sum; // of the marks as written, a «1» as 1
    private long confirmed;
    private long above;
    private long below;

    /** The five-point value of a mark («5» to «1»), or 0 for anything else («зч», «н/а», …). */
    public static int points(String value) {
        if (value == null || value.length() != 1) {
            return 0;
        }
        char c = value.charAt(0);
        return c >= '1' && c <= '5' ? c - '0' : 0;
    }

    /** Counts one pupil's mark; a null or non-five-point mark is «not written». */
    public MarkDistribution add(String value) {
        return add(value, 1);
    }

    /** Counts {@code n} pupils (or marks) of the same value. */
    public MarkDistribution add(String value, long n) {
        int p = points(value);
        if (p == 0) {
            notWritten += n;
        } else {
            counts[5 - Math.max(2, p)] += n;
            sum += p * n;
        }
        return this;
    }

    /**
     * Counts a pupil's work mark against its period mark; nothing when either is missing or not
     * five-point.
     */
    public MarkDistribution compare(String workMark, String periodMark) {
        int w = points(workMark);
        int p = points(periodMark);
        if (w == 0 || p == 0) {
            return this;
        }
        if (w == p) {
            confirmed++;
        } else if (w > p) {
            above++;
        } else {
            below++;
        }
        return this;
    }

    /** Adds another group's counts (a teacher's works together). */
    public MarkDistribution plus(MarkDistribution other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        notWritten += other.notWritten;
        sum += other.sum;
        confirmed += other.confirmed;
        above += other.above;
        below += other.below;
        return this;
    }

    /** How many got {@code points} (5, 4, 3; 2 includes 1). */
    public long count(int points) {
        return counts[5 - Math.max(2, Math.min(5, points))];
    }

    public long written() {
        return counts[0] + counts[1] + counts[2] + counts[3];
    }

    public long notWritten() {
        return notWritten;
    }

    public long pupils() {
        return written() + notWritten;
    }

    public long confirmed() {
        return confirmed;
    }

    public long above() {
        return above;
    }

    public long below() {
        return below;
    }

    /** Not below «3» of all pupils, in per cent; null without pupils. */
    public BigDecimal successRate() {
        return ResultRates.percent(counts[0] + counts[1] + counts[2], pupils());
    }

    /** «4» and «5» of all pupils, in per cent; null without pupils. */
    public BigDecimal qualityRate() {
        return ResultRates.percent(counts[0] + counts[1], pupils());
    }

    /** The average of the marks written, two decimals; null when nobody wrote. */
    public BigDecimal average() {
        long n = written();
        if (n == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
