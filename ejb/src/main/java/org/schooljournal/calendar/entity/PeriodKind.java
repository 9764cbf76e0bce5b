package org.schooljournal.calendar.entity;

/** How a year is divided for a grade range (R-S01): the journal's period columns follow it. */
public enum PeriodKind {
    QUARTER(4),
    TRIMESTER(3),
    HALF_YEAR(2),
    YEAR(1);

    private final int count;

    PeriodKind(int count) {
        this.count = count;
    }

    /** How many periods of this kind make a year. */
    public int count() {
        return count;
    }
}
