package org.schooljournal.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradeRangeTest {
    @Test
    @DisplayName("R-S01 a grade range includes both its ends and nothing outside them")
    void includesBothEnds() {
        GradeRange seniors = new GradeRange(10, 11);
        assertThat(seniors.includes(10)).isTrue();
        assertThat(seniors.includes(11)).isTrue();
        assertThat(seniors.includes(9)).isFalse();
        assertThat(new GradeRange(1, 1).includes(2)).isFalse();
    }

    @Test
    @DisplayName(
            "R-S02 two grade ranges overlap when some grade is in both, touching ends included")
    void overlaps() {
        assertThat(new GradeRange(1, 9).overlaps(new GradeRange(9, 11))).isTrue();
        assertThat(new GradeRange(1, 9).overlaps(new GradeRange(10, 11))).isFalse();
        assertThat(new GradeRange(10, 11).overlaps(new GradeRange(1, 9))).isFalse();
        assertThat(new GradeRange(1, 11).overlaps(new GradeRange(1, 1))).isTrue();
    }

    @Test
    @DisplayName(
            "R-S02 a holiday frees only its grades on its days: the 1st-graders' February week")
    void holidayUsesBothRanges() {
        LocalDate feb16 = LocalDate.of(2027, 2, 16);
        Holiday firstGraders =
                new Holiday(
                        new AcademicYear(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31)),
                        HolidayKind.HOLIDAYS,
                        "Дополнительные каникулы",
                        1,
                        1,
                        LocalDate.of(2027, 2, 15),
                        LocalDate.of(2027, 2, 21));
        assertThat(firstGraders.frees(1, feb16)).isTrue();
        assertThat(firstGraders.frees(2, feb16)).isFalse();
        assertThat(firstGraders.frees(1, LocalDate.of(2027, 2, 22))).isFalse();
        assertThat(firstGraders.getGrades()).isEqualTo(new GradeRange(1, 1));
    }
}
