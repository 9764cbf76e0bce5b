package org.schooljournal.journal.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored mark as the API and the diary show it; {@code late}: entered after the order's deadline
 * (R-J05); {@code cell}: after a save in the grid, the whole cell's text ({@link
 * org.schooljournal.journal.control.CellText}), else null.
 */
public record MarkData(
        long id,
        long lessonId,
        long pupilId,
        LocalDate date,
        String subject,
        String workType,
        String value,
        Instant enteredAt,
        long version,
        boolean late,
        String cell) {}
