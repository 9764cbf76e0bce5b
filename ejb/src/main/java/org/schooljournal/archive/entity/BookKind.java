package org.schooljournal.archive.entity;

/**
 * What a year-end book is, and how long the archive keeps it (R-P03, order items 110-111): the
 * summary sheet of final marks 25 years, the class journal with its attendance 5 years, both
 * counted from the day the class's year was closed.
 */
public enum BookKind {
    CLASS_JOURNAL(5),
    SUMMARY_SHEET(25);

    private final int retentionYears;

    BookKind(int retentionYears) {
        this.retentionYears = retentionYears;
    }

    public int retentionYears() {
        return retentionYears;
    }
}
