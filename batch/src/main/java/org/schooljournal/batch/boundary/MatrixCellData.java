package org.schooljournal.batch.boundary;

import java.time.Instant;

/**
 * One school's year in the archive matrix: the latest print run (classes printed for binding,
 * refused as not closed) and the latest transfer (documents transferred, classes not closed), each
 * with its date; {@code problem} names the first open journal. Nulls where a job never ran.
 */
public record MatrixCellData(
        String year,
        Instant printedAt,
        Integer printed,
        Integer refused,
        Instant transferredAt,
        Integer transferred,
        Integer notClosed,
        String problem) {}
