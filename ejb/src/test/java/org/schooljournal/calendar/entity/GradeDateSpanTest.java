package org.schooljournal.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GradeDateSpanTest {
    private static final AcademicYear YEAR =
            new AcademicYear(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));

    @Test
    @DisplayName("R-S01 a study period reads its grades and dates through its embedded ranges")
    void studyPeriod() {
        StudyPeriod p =
                new StudyPeriod(
                        YEAR,
                        PeriodKind.HALF_YEAR,
                        1,
                        10,
                        11,
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 12, 27));
        assertSpan(p, 10, 11, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 27));
        assertThat(p.covers(10)).isTrue();
        assertThat(p.covers(9)).isFalse();
    }

    @Test
    @DisplayName("R-S02 holidays read their grades and dates through their embedded ranges")
    void holiday() {
        Holiday h =
                new Holiday(
                        YEAR,
                        HolidayKind.HOLIDAYS,
                        "Осенние каникулы",
                        1,
                        9,
                        LocalDate.of(2026, 10, 26),
                        LocalDate.of(2026, 11, 3));
        assertSpan(h, 1, 9, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 3));
        assertThat(h.frees(9, LocalDate.of(2026, 11, 3))).isTrue();
        assertThat(h.frees(10, LocalDate.of(2026, 11, 3))).isFalse();
    }

    private static void assertSpan(
            GradeDateSpan span, int gradeFrom, int gradeTo, LocalDate startsOn, LocalDate endsOn) {
        assertThat(span.getGradeFrom()).isEqualTo(gradeFrom).isEqualTo(span.getGrades().from());
        assertThat(span.getGradeTo()).isEqualTo(gradeTo).isEqualTo(span.getGrades().to());
        assertThat(span.getStartsOn()).isEqualTo(startsOn).isEqualTo(span.getDates().startsOn());
        assertThat(span.getEndsOn()).isEqualTo(endsOn).isEqualTo(span.getDates().endsOn());
    }
}
