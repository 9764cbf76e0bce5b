package org.schooljournal.journal.boundary;

/**
 * A pupil's row of a final marks sheet, period (R-J07) or year (R-J12): the mark set and the
 * teacher's reason, as the screen shows them for typing over.
 */
public interface FinalMarkRow {
    long pupilId();

    String value();

    String reason();
}
