package org.schooljournal.calendar.entity;

import java.time.LocalDate;

/**
 * A part of the school year that holds for a range of grades on a range of days: a study period
 * (R-S01) or a holiday (R-S02). The two entities keep their own columns (both embed {@link
 * GradeRange} and {@link DateRange}); this gives them one set of accessors over those values.
 */
public interface GradeDateSpan {
    GradeRange getGrades();

    DateRange getDates();

    default int getGradeFrom() {
        return getGrades().from();
    }

    default int getGradeTo() {
        return getGrades().to();
    }

    default LocalDate getStartsOn() {
        return getDates().startsOn();
    }

    default LocalDate getEndsOn() {
        return getDates().endsOn();
    }
}
