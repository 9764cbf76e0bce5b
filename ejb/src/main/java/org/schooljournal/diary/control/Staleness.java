package org.schooljournal.diary.control;

import java.time.Duration;
import java.time.Instant;

/**
 * R-A06: whether a reader "has not looked for N days": it never opened the diary, or last opened it
 * more than N days (of 24 hours) ago. N is between {@value #MIN_DAYS} and {@value #MAX_DAYS}.
 */
public final class Staleness {
    public static final int MIN_DAYS = 1;

    public static final int MAX_DAYS = 365;

    public static final int DEFAULT_DAYS = 7;

    private Staleness() {}

    public static boolean stale(Instant lastOpened, Instant now, int days) {
        return lastOpened == null || lastOpened.isBefore(since(now, days));
    }

    /** The start of the last {@code days} days. */
    public static Instant since(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }
}
