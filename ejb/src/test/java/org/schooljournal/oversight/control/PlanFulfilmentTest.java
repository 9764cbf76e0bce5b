package org.schooljournal.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanFulfilmentTest {
    /** Monday 5 October 2026. */
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Test
    @DisplayName("R-C01 study weeks count the class's week days and leave its grade's holidays out")
    void studyWeeks() {
        // two calendar weeks, Monday to Sunday: 10 days of a five-day class, 12 of a six-day one
        LocalDate sunday = MONDAY.plusDays(13);
        assertThat(PlanFulfilment.studyWeeks(MONDAY, sunday, 5, 5, (g, d) -> false))
                .isEqualByComparingTo("2.0");
        assertThat(PlanFulfilment.studyWeeks(MONDAY, sunday, 5, 6, (g, d) -> false))
                .isEqualByComparingTo("2.0");
        // the second week a holiday of grades 1-4 only: grade 5 still studies it
        assertThat(
                        PlanFulfilment.studyWeeks(
                                MONDAY,
                                sunday,
                                3,
                                5,
                                (g, d) -> g <= 4 && !d.isBefore(MONDAY.plusDays(7))))
                .isEqualByComparingTo("1.0");
        assertThat(
                        PlanFulfilment.studyWeeks(
                                MONDAY,
                                sunday,
                                5,
                                5,
                                (g, d) -> g <= 4 && !d.isBefore(MONDAY.plusDays(7))))
                .isEqualByComparingTo("2.0");
        // Monday to Wednesday: 0.6 of a five-day week
        assertThat(PlanFulfilment.studyWeeks(MONDAY, MONDAY.plusDays(2), 5, 5, (g, d) -> false))
                .isEqualByComparingTo("0.6");
        assertThat(PlanFulfilment.studyWeeks(MONDAY, MONDAY.minusDays(1), 5, 5, (g, d) -> false))
                .isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("R-C01 the curriculum's lessons to date are weekly hours × study weeks, rounded")
    void planned() {
        assertThat(PlanFulfilment.planned(new BigDecimal("5.0"), new BigDecimal("2.0")))
                .isEqualTo(10);
        assertThat(PlanFulfilment.planned(new BigDecimal("1.5"), new BigDecimal("3.0")))
                .isEqualTo(5);
        assertThat(PlanFulfilment.planned(new BigDecimal("2.0"), new BigDecimal("0.6")))
                .isEqualTo(1);
        assertThat(PlanFulfilment.planned(null, new BigDecimal("3.0"))).isZero();
        assertThat(PlanFulfilment.percent(9, 10)).isEqualByComparingTo("90.0");
        assertThat(PlanFulfilment.percent(3, 0)).isNull();
    }

    @Test
    @DisplayName(
            "R-C01 the КТП is due lesson by lesson: behind when lessons are not given, never due beyond its hours")
    void ktp() {
        // 34 hours a year, 12 lessons in the timetable to date, 10 given: 2 behind
        assertThat(PlanFulfilment.ktpDue(34, 12)).isEqualTo(12);
        assertThat(PlanFulfilment.ktpDeviation(10, 34, 12)).isEqualTo(-2);
        // a КТП of 8 hours and 12 lessons given: 4 ahead (the plan is used up)
        assertThat(PlanFulfilment.ktpDue(8, 12)).isEqualTo(8);
        assertThat(PlanFulfilment.ktpDeviation(12, 8, 12)).isEqualTo(4);
    }

    @Test
    @DisplayName(
            "R-C01 a lesson is not given when it is past with no topic, no attendance, no mark")
    void missed() {
        LocalDate today = MONDAY.plusDays(1);
        assertThat(PlanFulfilment.missed(MONDAY, today, false, false, false)).isTrue();
        assertThat(PlanFulfilment.missed(MONDAY, today, true, false, false)).isFalse();
        assertThat(PlanFulfilment.missed(MONDAY, today, false, true, false)).isFalse();
        assertThat(PlanFulfilment.missed(MONDAY, today, false, false, true)).isFalse();
        // today's lesson may still get its topic
        assertThat(PlanFulfilment.missed(today, today, false, false, false)).isFalse();
    }
}
