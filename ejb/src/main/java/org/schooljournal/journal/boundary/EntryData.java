package org.schooljournal.journal.boundary;

import java.time.Instant;

/**
 * A journal entry as stored (R-J03, R-J04): what it says, when the server took it and whether that
 * was after the order's deadline; {@code cell}: for a grid cell, its whole text after the save.
 */
public record EntryData(
        long lessonId, Long pupilId, String value, Instant enteredAt, boolean late, String cell) {}
