package org.schooljournal.batch.archive;

import java.util.ArrayList;
import java.util.List;

/** The job parameter {@code schoolIds}: ids separated by commas; empty or absent = every school. */
public final class SchoolIds {
    private SchoolIds() {}

    public static String format(List<Long> ids) {
        return ids == null
                ? ""
                : String.join(",", ids.stream().distinct().sorted().map(String::valueOf).toList());
    }

    public static List<Long> parse(String parameter) {
        List<Long> ids = new ArrayList<>();
        if (parameter == null) {
            return ids;
        }
        for (String part : parameter.split(",")) {
            if (!part.isBlank()) {
                ids.add(Long.valueOf(part.strip()));
            }
        }
        return ids;
    }
}
