package org.schooljournal.diary.control;

import java.time.Duration;

/**
 * When a letter that failed is tried again (R-D02): after the base delay, doubled with every
 * failure up to six hours; after {@value #MAX_ATTEMPTS} attempts it is given up (and logged so).
 */
public final class Backoff {
    public static final int MAX_ATTEMPTS = 8;

    static final Duration CAP = Duration.ofHours(6);

    private Backoff() {}

    /** The delay after the {@code attempts}-th failed attempt (1 = the first failure). */
    public static Duration after(int attempts, Duration base) {
        Duration delay = base.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    public static boolean givesUp(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
