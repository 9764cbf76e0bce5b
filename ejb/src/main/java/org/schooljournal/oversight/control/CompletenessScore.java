package org.schooljournal.oversight.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How complete and timely a journal is kept (R-C07; the deputy's item 16): the mean of five shares,
 * each from 0 to 1, as a score out of 100 with one decimal.
 *
 * <ol>
 *   <li>topics in time: lessons to date without a topic finding (late, changed late or missing) /
 *       lessons to date;
 *   <li>homework in time: the same for homework («Не задано» counts as entered);
 *   <li>marks in time: lessons to date without a late or late-changed mark / lessons to date;
 *   <li>density met: pupils of the class not below the school's threshold / pupils of the class;
 *   <li>fulfilment: given lessons / the curriculum's lessons to date, at most 1.
 * </ol>
 *
 * A share with nothing to judge (no lessons yet, no pupils, nothing planned) counts as met.
 */
public final class CompletenessScore {
    private CompletenessScore() {}

    /** 1 − bad/all, clamped to 0..1; 1 when there is nothing to judge. */
    public static double share(long bad, long all) {
        if (all <= 0) {
            return 1.0;
        }
        return Math.max(0.0, Math.min(1.0, 1.0 - (double) bad / all));
    }

    /** given/planned, at most 1; 1 when nothing is planned. */
    public static double fulfilment(long given, long planned) {
        if (planned <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) given / planned);
    }

    /** The score out of 100 of the five shares (each 0..1), one decimal. */
    public static BigDecimal of(
            double topics, double homework, double marks, double density, double fulfilment) {
        double mean = (topics + homework + marks + density + fulfilment) / 5.0;
        return BigDecimal.valueOf(mean * 100.0).setScale(1, RoundingMode.HALF_UP);
    }
}
