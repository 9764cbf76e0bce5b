package org.schooljournal.batch.pupilimport;

import java.util.Map;
import java.util.Set;

/**
 * A data row of a roster as the file has it, before any check.
 *
 * @param number the row number a spreadsheet shows (the header is row 1)
 * @param cells the raw cell of each column the header names (absent columns have no entry)
 * @param formulas the columns whose cell is an XLSX formula
 * @param repeatsEarlierRow whether a row higher up names the same pupil (last name, first name,
 *     birth date): if that pupil is then found enrolled, it came from this file
 */
public record RosterRow(
        int number, Map<Column, String> cells, Set<Column> formulas, boolean repeatsEarlierRow) {
    public RosterRow {
        cells = Map.copyOf(cells);
        formulas = Set.copyOf(formulas);
    }

    /** The raw cell, or null when the column is absent. */
    public String cell(Column column) {
        return cells.get(column);
    }

    /** The cell without surrounding spaces, or null when absent or blank. */
    public String value(Column column) {
        String cell = cells.get(column);
        return cell == null || cell.isBlank() ? null : cell.strip();
    }

    boolean isBlank() {
        return formulas.isEmpty() && cells.values().stream().allMatch(String::isBlank);
    }

    RosterRow repeating() {
        return new RosterRow(number, cells, formulas, true);
    }
}
