package org.schooljournal.batch.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The municipality's median of a figure over its schools (R-T02): schools without the figure (no
 * data yet) are left out; an even count takes the mean of the two middle values, one decimal, half
 * up; null when no school has the figure.
 */
public final class Medians {
    private Medians() {}

    public static BigDecimal of(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().filter(Objects::nonNull).sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sorted.get(n / 2).setScale(1, RoundingMode.HALF_UP);
        }
        return sorted.get(n / 2 - 1)
                .add(sorted.get(n / 2))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** {@code value} − {@code median}, or null when either is missing. */
    public static BigDecimal delta(BigDecimal value, BigDecimal median) {
        return value == null || median == null ? null : value.subtract(median);
    }
}
