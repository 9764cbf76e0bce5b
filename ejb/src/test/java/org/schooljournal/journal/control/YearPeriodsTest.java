package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.entity.AcademicYear;

class YearPeriodsTest {
    private static final AcademicYear Y2024 = year(2024);
    private static final AcademicYear Y2025 = year(2025);
    private static final AcademicYear Y2026 = year(2026);
    private static final List<AcademicYear> YEARS = List.of(Y2026, Y2025, Y2024);

    private static AcademicYear year(int from) {
        return new AcademicYear(LocalDate.of(from, 9, 1), LocalDate.of(from + 1, 5, 31));
    }

    @Test
    @DisplayName(
            "R-J12 R-S05 a class has its grade in the current year and one grade less for each year back, since the rollover promotes it yearly")
    void aClassWasAGradeLowerEachYearBack() {
        assertThat(YearPeriods.gradeIn(10, 0, Y2026, Y2026, YEARS)).isEqualTo(10);
        assertThat(YearPeriods.gradeIn(10, 0, Y2025, Y2026, YEARS)).isEqualTo(9);
        assertThat(YearPeriods.gradeIn(10, 0, Y2024, Y2026, YEARS)).isEqualTo(8);
        // a year after the current one: not promoted yet
        assertThat(YearPeriods.gradeIn(10, 0, year(2027), Y2026, YEARS)).isEqualTo(10);
        // never below the first grade
        assertThat(YearPeriods.gradeIn(1, 0, Y2024, Y2026, YEARS)).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "R-J12 R-S05 a graduated class was in grade 11 in the year it graduated and moved up no more")
    void aGraduatedClassStoppedAtItsLastYear() {
        // graduated in June 2026, at the end of 2025/26
        assertThat(YearPeriods.gradeIn(11, 2026, Y2025, Y2026, YEARS)).isEqualTo(11);
        assertThat(YearPeriods.gradeIn(11, 2026, Y2024, Y2026, YEARS)).isEqualTo(10);
    }
}
