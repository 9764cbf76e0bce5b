package org.schooljournal.archive.control;

import java.time.LocalDate;
import org.schooljournal.archive.boundary.BookKind;

/**
 * R-P03 (order items 110-111): how long the archive keeps a book — the summary sheet of final marks
 * 25 years, the class journal with its attendance 5 years — counted from the day the class's year
 * was closed.
 */
public final class Retention {
    private Retention() {}

    public static int years(BookKind kind) {
        return switch (kind) {
            case SUMMARY_SHEET -> 25;
            case CLASS_JOURNAL -> 5;
        };
    }

    /** The first day the book may be destroyed (under an act, never by itself). */
    public static LocalDate destroyAfter(BookKind kind, LocalDate closedOn) {
        return closedOn.plusYears(years(kind));
    }
}
