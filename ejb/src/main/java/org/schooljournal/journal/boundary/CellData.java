package org.schooljournal.journal.boundary;

/**
 * A grid cell after a write.
 *
 * @param cell the cell's text as the grid shows it («Б/4»)
 * @param late whether an entry of this write was made after the order's deadline (R-J05)
 */
public record CellData(long lessonId, long pupilId, String cell, boolean late) {}
