package org.schooljournal.journal.control;

/** One cell of the journal grid (R-J01): a lesson's column and a pupil's row. */
public record CellKey(long lessonId, long pupilId) {
    /**
     * The cell's name in the page's JSON maps, {@code "lessonId:pupilId"}: the grid's script looks
     * cells up by it, so it stays as it was when the maps were keyed by strings.
     */
    public String wire() {
        return lessonId + ":" + pupilId;
    }
}
