package org.schooljournal.oversight.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R-C03, R-C04 (the deputy's item 13): the success rate is the number of final (period) marks not
 * below «3» divided by the number of pupils × 100 %, per class (for a subject) and per pupil (over
 * its subjects); the quality rate counts «4» and «5» the same way. How the other final marks count,
 * the same on the report:
 *
 * <ul>
 *   <li>«осв» (exempt / mastered) counts as success, not as quality;
 *   <li>«н/а» (not attested) counts as a pupil without success;
 *   <li>a pass/fail subject: «зч» counts as success, «нз» not; it has no quality rate (no «4» or
 *       «5» exists), and a pupil's quality rate is over its five-point subjects only;
 *   <li>a deferred mark (R-J09, no mark yet) and a missing mark count as a pupil without success,
 *       and deferred marks are shown in a column of their own;
 *   <li>a pupil is counted in the class it is in on the period's last day (a pupil who moved
 *       mid-period counts in the class it moved to, whose journals give its period marks).
 * </ul>
 */
public final class ResultRates {
    /** How one final mark counts. */
    public enum Outcome {
        QUALITY,
        SUCCESS,
        FAILURE,
        NOT_ATTESTED,
        DEFERRED,
        MISSING;

        public boolean success() {
            return this == QUALITY || this == SUCCESS;
        }
    }

    private ResultRates() {}

    /**
     * The outcome of a period mark's value; null value: deferred if {@code deferred}, else none.
     */
    public static Outcome of(String value, boolean deferred) {
        if (value == null) {
            return deferred ? Outcome.DEFERRED : Outcome.MISSING;
        }
        return switch (value) {
            case "5", "4" -> Outcome.QUALITY;
            case "3", "зч", "осв" -> Outcome.SUCCESS;
            case "н/а" -> Outcome.NOT_ATTESTED;
            default -> Outcome.FAILURE; // «2», «1», «нз»
        };
    }

    /** {@code count} of {@code base} in per cent, one decimal, half up; null for an empty base. */
    public static BigDecimal percent(long count, long base) {
        if (base <= 0) {
            return null;
        }
        return BigDecimal.valueOf(count * 100L)
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    /** Counts of one row of the report (a class's subject, or a pupil over its subjects). */
    public static final class Tally {
        private long base;
        private long success;
        private long quality;
        private long qualityBase;
        private long deferred;
        private long notAttested;
        private long failures;

        /**
         * Adds one pupil's (or one subject's) final mark; {@code fivePoint} false for a pass/fail
         * subject, which has no quality.
         */
        public Tally add(Outcome outcome, boolean fivePoint) {
            base++;
            if (fivePoint) {
                qualityBase++;
            }
            switch (outcome) {
                case QUALITY -> {
                    success++;
                    quality++;
                }
                case SUCCESS -> success++;
                case DEFERRED -> deferred++;
                case NOT_ATTESTED -> notAttested++;
                case FAILURE -> failures++;
                case MISSING -> {}
            }
            return this;
        }

        public long base() {
            return base;
        }

        public long success() {
            return success;
        }

        public long quality() {
            return quality;
        }

        public long deferred() {
            return deferred;
        }

        public long notAttested() {
            return notAttested;
        }

        public long failures() {
            return failures;
        }

        public BigDecimal successRate() {
            return percent(success, base);
        }

        /** Null where nothing is five-point (a pass/fail subject). */
        public BigDecimal qualityRate() {
            return percent(quality, qualityBase);
        }
    }
}
