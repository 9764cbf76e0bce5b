package org.schooljournal.batch.pupilimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.schooljournal.platform.entity.JournalException;

/**
 * Reads a roster: a CSV in UTF-8 or an XLSX workbook (told apart by the zip signature), whose first
 * row names the columns. Problems with the file as a whole are refused with a {@link
 * JournalException} (the facade does so at upload, before anything is stored); problems of single
 * rows are left to {@link RowRules}.
 */
public final class RosterFile {
    public static final int MAX_BYTES = 2_097_152;
    public static final int MAX_ROWS = 2000;

    private RosterFile() {}

    public static Roster read(byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("import.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw invalid("import.file.tooLarge", content.length, MAX_BYTES);
        }
        Collector collector = new Collector();
        if (content.length >= 2 && content[0] == 'P' && content[1] == 'K') {
            XlsxSheet.read(content, collector);
        } else {
            CsvSheet.read(content, collector);
        }
        return collector.roster();
    }

    static JournalException invalid(String key, Object... args) {
        return new JournalException(JournalException.Kind.INVALID, key, args);
    }

    /** Receives the rows of a sheet, the header first. */
    interface Sink {
        /**
         * @param number the row number as a spreadsheet shows it
         * @param cells the cells from the first column on
         * @param formulaCells the indexes of cells that hold a formula
         * @return false when no more rows are wanted
         */
        boolean row(int number, List<String> cells, Set<Integer> formulaCells);
    }

    private static final class Collector implements Sink {
        private Map<Column, Integer> positions;
        private final List<RosterRow> rows = new ArrayList<>();
        private OptionalInt firstIgnoredRow = OptionalInt.empty();

        @Override
        public boolean row(int number, List<String> cells, Set<Integer> formulaCells) {
            if (positions == null) {
                positions = header(cells);
                return true;
            }
            Map<Column, String> values = new EnumMap<>(Column.class);
            Set<Column> formulas = EnumSet.noneOf(Column.class);
            positions.forEach(
                    (column, index) -> {
                        values.put(column, index < cells.size() ? cells.get(index) : "");
                        if (formulaCells.contains(index)) {
                            formulas.add(column);
                        }
                    });
            RosterRow row = new RosterRow(number, values, formulas, false);
            if (row.isBlank()) {
                return true;
            }
            if (rows.size() == MAX_ROWS) {
                firstIgnoredRow = OptionalInt.of(number);
                return false;
            }
            rows.add(row);
            return true;
        }

        private static Map<Column, Integer> header(List<String> cells) {
            Map<Column, Integer> positions = new EnumMap<>(Column.class);
            for (int i = 0; i < cells.size(); i++) {
                int index = i;
                Column.ofHeader(cells.get(i)).ifPresent(c -> positions.putIfAbsent(c, index));
            }
            Set<Column> missing = EnumSet.copyOf(Column.REQUIRED);
            missing.removeAll(positions.keySet());
            if (!missing.isEmpty()) {
                throw invalid(
                        "import.file.header",
                        captions(missing.stream()),
                        captions(Stream.of(Column.values())));
            }
            return positions;
        }

        private static String captions(Stream<Column> columns) {
            return columns.map(Column::caption).collect(Collectors.joining(", "));
        }

        Roster roster() {
            if (rows.isEmpty()) {
                throw invalid("import.file.empty");
            }
            return new Roster(markRepeats(rows), firstIgnoredRow);
        }

        /** Marks each row naming the same pupil as a row higher up (see {@link RosterRow}). */
        private static List<RosterRow> markRepeats(List<RosterRow> rows) {
            Set<List<String>> seen = new HashSet<>();
            List<RosterRow> marked = new ArrayList<>(rows.size());
            for (RosterRow row : rows) {
                String date = row.value(Column.BIRTH_DATE);
                List<String> key =
                        Arrays.asList(
                                row.value(Column.LAST_NAME),
                                row.value(Column.FIRST_NAME),
                                RowRules.parseDate(date).map(Object::toString).orElse(date));
                marked.add(seen.add(key) ? row : row.repeating());
            }
            return marked;
        }
    }
}
