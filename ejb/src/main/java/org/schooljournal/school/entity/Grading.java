package org.schooljournal.school.entity;

import java.util.Set;

/** The grading system of a subject (R-S03, R-S14): which marks a teacher may give. */
public enum Grading {
    /** The Russian 5-point scale; 1 is allowed, as many schools still use it. */
    FIVE_POINT(Set.of("1", "2", "3", "4", "5")),
    /** Зачёт / незачёт. */
    PASS_FAIL(Set.of("зч", "нз")),
    /** Subjects without marks (e.g. some electives). */
    NONE(Set.of());

    private final Set<String> marks;

    Grading(Set<String> marks) {
        this.marks = marks;
    }

    public boolean accepts(String mark) {
        return mark != null && marks.contains(mark);
    }

    public Set<String> marks() {
        return marks;
    }
}
