package org.schooljournal.oversight.control;

import java.util.List;

/**
 * A report as its exports see it (R-O01): a title, the lines under it (filters, how things count),
 * the column headers and the rows, all texts already in the reader's language.
 */
public record ReportTable(
        String title, List<String> notes, List<String> header, List<List<String>> rows) {
    public ReportTable {
        notes = List.copyOf(notes);
        header = List.copyOf(header);
        rows = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
    }
}
