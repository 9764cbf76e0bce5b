package org.schooljournal.school.control;

import java.util.ArrayList;
import java.util.List;

/** R-S06: how a class is shared out between its groups: in list order, as evenly as can be. */
public final class GroupSplit {
    private GroupSplit() {}

    /** {@code parts} consecutive shares whose sizes differ by at most one, the larger first. */
    public static <T> List<List<T>> evenly(List<T> items, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts " + parts);
        }
        List<List<T>> shares = new ArrayList<>();
        int base = items.size() / parts;
        int extra = items.size() % parts;
        int at = 0;
        for (int i = 0; i < parts; i++) {
            int size = base + (i < extra ? 1 : 0);
            shares.add(List.copyOf(items.subList(at, at + size)));
            at += size;
        }
        return shares;
    }
}
