package org.schooljournal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The grades {@code from} to {@code to}, both included, a study period or a holiday is for (R-S01,
 * R-S02): the 1st-graders' extra February holidays are {@code 1..1}, a school-wide one {@code
 * 1..11}. Whether a plan's ranges are sensible is {@code YearPlanRules}' question; this only holds
 * and compares them.
 */
@Embeddable
public class GradeRange {
    @Column(name = "grade_from")
    private int gradeFrom;

    @Column(name = "grade_to")
    private int gradeTo;

    protected GradeRange() {}

    public GradeRange(int from, int to) {
        this.gradeFrom = from;
        this.gradeTo = to;
    }

    /** Whether pupils of {@code grade} are in the range. */
    public boolean includes(int grade) {
        return grade >= gradeFrom && grade <= gradeTo;
    }

    /** Whether some grade is in both ranges. */
    public boolean overlaps(GradeRange other) {
        return gradeFrom <= other.gradeTo && other.gradeFrom <= gradeTo;
    }

    public int from() {
        return gradeFrom;
    }

    public int to() {
        return gradeTo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradeRange r && gradeFrom == r.gradeFrom && gradeTo == r.gradeTo;
    }

    @Override
    public int hashCode() {
        return 31 * gradeFrom + gradeTo;
    }

    @Override
    public String toString() {
        return gradeFrom + "–" + gradeTo;
    }
}
