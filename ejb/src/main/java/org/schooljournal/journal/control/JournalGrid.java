package org.schooljournal.journal.control;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.schooljournal.journal.entity.WorkType;

/**
 * The cells of a journal month (R-J01, R-J02, R-J04, R-J10), assembled from its marks and
 * attendance in any order: what each cell reads ({@link CellText}: «Б/4», «5/4к»), its marks alone
 * and its attendance code alone. The page's queries feed it; it knows no entity and no database, so
 * the grid's composition is unit-tested apart from them.
 */
public final class JournalGrid {
    private final Map<CellKey, String> marks = new LinkedHashMap<>();
    private final Map<CellKey, Map<WorkType, String>> typedMarks = new HashMap<>();
    private final Map<CellKey, String> attendance = new LinkedHashMap<>();

    /** A mark of {@code type} in the cell; a second mark of another type joins it. */
    public JournalGrid mark(CellKey cell, WorkType type, String value) {
        marks.merge(cell, value, (a, b) -> a + " " + b);
        typedMarks.computeIfAbsent(cell, k -> new EnumMap<>(WorkType.class)).put(type, value);
        return this;
    }

    /** The cell's attendance code («Б», «УП», «НП», «ОП»). */
    public JournalGrid attendance(CellKey cell, String code) {
        attendance.put(cell, code);
        return this;
    }

    /** The marks of each cell that has any, blank-separated in the order they came. */
    public Map<CellKey, String> marks() {
        return Map.copyOf(marks);
    }

    /** The attendance code of each cell that has one. */
    public Map<CellKey, String> attendance() {
        return Map.copyOf(attendance);
    }

    /** What every non-empty cell reads: the attendance code, then the marks with their letters. */
    public Map<CellKey, String> cells() {
        Map<CellKey, String> cells = new HashMap<>();
        typedMarks.forEach((cell, m) -> cells.put(cell, CellText.of(attendance.get(cell), m)));
        attendance.forEach(cells::putIfAbsent);
        return Map.copyOf(cells);
    }

    /** A map of cells as the page's JSON carries it, keyed by {@link CellKey#wire()}. */
    public static Map<String, String> onWire(Map<CellKey, String> cells) {
        Map<String, String> wire = new HashMap<>();
        cells.forEach((cell, text) -> wire.put(cell.wire(), text));
        return wire;
    }
}
