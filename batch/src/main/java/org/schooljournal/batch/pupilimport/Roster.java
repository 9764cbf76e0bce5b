package org.schooljournal.batch.pupilimport;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The data rows of a roster file.
 *
 * @param firstIgnoredRow the row number of the first row beyond the limit, if there was one
 */
public record Roster(List<RosterRow> rows, OptionalInt firstIgnoredRow) {
    public Roster {
        rows = List.copyOf(rows);
    }

    /**
     * What the job's reader emits, in order: the rows, then the notice that the rest of the file
     * was ignored. A checkpoint is an index into this list.
     */
    public List<Object> items() {
        List<Object> items = new ArrayList<>(rows);
        firstIgnoredRow.ifPresent(
                row ->
                        items.add(
                                new RowIssue(
                                        row,
                                        RowIssue.TOO_MANY,
                                        String.valueOf(RosterFile.MAX_ROWS))));
        return items;
    }
}
