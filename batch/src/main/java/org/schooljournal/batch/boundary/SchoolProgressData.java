package org.schooljournal.batch.boundary;

/**
 * A job's progress in one school (a partition), or in total (schoolId 0): items done of total,
 * books that succeeded (printed, transferred, verified) and refused (not closed, damaged), the
 * seconds elapsed and the estimated seconds left (null while nothing is done yet or when finished).
 */
public record SchoolProgressData(
        long schoolId,
        String school,
        int total,
        int done,
        int succeeded,
        int refused,
        long elapsedSeconds,
        Long remainingSeconds) {

    /** Percent done, 0-100; a school without items is done. */
    public int percent() {
        return total == 0 ? (done == 0 ? 0 : 100) : Math.min(100, done * 100 / total);
    }

    /** The estimate by the pace so far: elapsed / done × left. */
    public static Long estimate(int total, int done, long elapsedSeconds) {
        if (done <= 0 || done >= total) {
            return null;
        }
        return Math.round((double) elapsedSeconds / done * (total - done));
    }
}
