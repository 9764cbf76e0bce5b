package org.schooljournal.demo.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What a demo load wrote: rows per table (in the order they were written) and how long it took. */
public record DemoLoadResult(
        DemoSize size, long seed, Map<String, Long> rowsPerTable, long elapsedMillis) {
    public DemoLoadResult {
        rowsPerTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerTable));
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rowsPerSecond() {
        return elapsedMillis == 0 ? totalRows() * 1000 : totalRows() * 1000 / elapsedMillis;
    }

    /** "12,345 rows in 1,234 ms (10,004 rows/s): school 2, account 1,234, …". */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "%,d rows in %,d ms (%,d rows/s): %s",
                totalRows(),
                elapsedMillis,
                rowsPerSecond(),
                rowsPerTable.entrySet().stream()
                        .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")));
    }
}
