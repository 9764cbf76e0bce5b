package org.schooljournal.platform.control;

/**
 * Diagnostics, off by default: the SQL statements executed on the current thread, so a test can
 * assert that a screen's queries stay bounded (R-J01: a journal grid is a handful of statements
 * whatever the class size). {@link StatementCountListener} counts, the REST API resets the count
 * when a request starts and reports it in the header {@code X-SQL-Statements}; all of it only when
 * the system property {@value #PROPERTY} is {@code true}.
 */
public final class StatementCount {
    /** The system property that switches the counting on. */
    public static final String PROPERTY = "journal.diagnostics.sql";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private StatementCount() {}

    /** Whether statements are counted in this JVM. */
    public static boolean enabled() {
        return ENABLED;
    }

    /** Starts counting afresh on this thread (at the start of a request). */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** The statements executed on this thread since the last {@link #reset()}. */
    public static int current() {
        return COUNT.get()[0];
    }

    static void increment() {
        if (ENABLED) {
            COUNT.get()[0]++;
        }
    }
}
