package org.schooljournal.journal.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The school's lessons of one day for the deputy head's substitutions screen (R-J06): by class and
 * lesson number, with who gives each one and where a moved lesson went or came from.
 */
public record SubstitutionDay(LocalDate date, List<Row> lessons) implements Serializable {

    /**
     * One lesson. {@code number} is its number on the day shown; {@code date} and {@code
     * currentNumber} its slot now, which differ when it was moved away ({@code movedAway}). {@code
     * movedFromDate}/{@code movedFromNumber}: the slot it was moved here from, or null.
     */
    public record Row(
            long lessonId,
            String classTitle,
            int number,
            String subject,
            String teacher,
            Long givenById,
            String givenBy,
            LocalDate date,
            int currentNumber,
            boolean movedAway,
            LocalDate movedFromDate,
            Integer movedFromNumber)
            implements Serializable {

        public boolean isSubstituted() {
            return givenById != null;
        }

        public boolean isMovedHere() {
            return movedFromDate != null;
        }
    }

    /** A teacher of the school who can give a lesson instead of the journal's. */
    public record Teacher(long staffId, String name) implements Serializable {}
}
