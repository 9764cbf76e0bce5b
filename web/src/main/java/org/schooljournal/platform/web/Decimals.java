package org.schooljournal.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Decimals as the reader writes them: «3,67» in Russian, «3.67» in English, next to the screens'
 * own «2,5 → 3». Formatting belongs to the edge; the boundaries hand over plain numbers.
 */
public final class Decimals {
    private Decimals() {}

    /** {@code value} rounded half up to {@code scale} decimals, all of them shown. */
    public static String fixed(BigDecimal value, int scale, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }

    /** {@code value} with no trailing zeros: «2», «1,5». */
    public static String plain(BigDecimal value, Locale locale) {
        BigDecimal v = value.stripTrailingZeros();
        return fixed(v, Math.max(0, v.scale()), locale);
    }
}
