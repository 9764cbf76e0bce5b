package org.schooljournal.timetable.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.school.control.LoadPlan;
import org.schooljournal.timetable.control.HoursCheck.Count;
import org.schooljournal.timetable.control.HoursCheck.Row;
import org.schooljournal.timetable.control.HoursCheck.Verdict;

class HoursCheckTest {
    private static final long FIFTH_A = 100;
    private static final long MATHS = 1;
    private static final long RUSSIAN = 2;
    private static final long CHESS = 3;

    private static LoadPlan.ClassSubject line(
            long subjectId, String subject, String planned, String assigned) {
        return new LoadPlan.ClassSubject(
                FIFTH_A,
                "5 «А»",
                5,
                subjectId,
                subject,
                planned == null ? null : new BigDecimal(planned),
                new BigDecimal(assigned),
                BigDecimal.ZERO,
                false,
                planned == null);
    }

    @Test
    @DisplayName("R-S11 a class with as many weekly lessons as its curriculum has is not flagged")
    void matching() {
        List<Row> rows =
                HoursCheck.of(
                        List.of(line(MATHS, "Математика", "5", "5")),
                        List.of(new Count(FIFTH_A, MATHS, 3), new Count(FIFTH_A, MATHS, 2)));

        assertThat(rows)
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.lessons()).isEqualTo(5);
                            assertThat(r.verdict()).isEqualTo(Verdict.MATCHES);
                            assertThat(r.flagged()).isFalse();
                        });
    }

    @Test
    @DisplayName(
            "R-S11 R-S08 fewer or more weekly lessons than the curriculum's hours are flagged, naming class and subject")
    void fewerAndMore() {
        List<Row> rows =
                HoursCheck.of(
                        List.of(
                                line(MATHS, "Математика", "5", "5"),
                                line(RUSSIAN, "Русский язык", "4", "4")),
                        List.of(new Count(FIFTH_A, MATHS, 3), new Count(FIFTH_A, RUSSIAN, 6)));

        assertThat(rows)
                .extracting(Row::classTitle, Row::subject, Row::lessons, Row::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "5 «А»", "Математика", 3, Verdict.FEWER),
                        org.assertj.core.groups.Tuple.tuple(
                                "5 «А»", "Русский язык", 6, Verdict.MORE));
        assertThat(rows).allMatch(Row::flagged);
    }

    @Test
    @DisplayName(
            "R-S08 a curriculum subject without any lesson in the timetable is flagged as fewer")
    void missingFromTimetable() {
        assertThat(HoursCheck.of(List.of(line(MATHS, "Математика", "5", "0")), List.of()))
                .singleElement()
                .extracting(Row::verdict)
                .isEqualTo(Verdict.FEWER);
    }

    @Test
    @DisplayName(
            "R-S08 outside the curriculum the assigned hours are the plan; lessons without any plan are unplanned")
    void assignedOrNothing() {
        assertThat(HoursCheck.verdict(2, HoursCheck.plan(null, new BigDecimal("1"))))
                .isEqualTo(Verdict.MORE);
        assertThat(HoursCheck.verdict(1, HoursCheck.plan(null, new BigDecimal("1"))))
                .isEqualTo(Verdict.MATCHES);
        assertThat(
                        HoursCheck.of(
                                List.of(line(CHESS, "Шахматы", null, "0")),
                                List.of(new Count(FIFTH_A, CHESS, 1))))
                .singleElement()
                .extracting(Row::verdict)
                .isEqualTo(Verdict.UNPLANNED);
        assertThat(HoursCheck.verdict(0, null)).isEqualTo(Verdict.MATCHES);
    }

    @Test
    @DisplayName("R-S08 the curriculum's hours take precedence over the hours assigned")
    void curriculumFirst() {
        assertThat(
                        HoursCheck.of(
                                List.of(line(MATHS, "Математика", "5", "4")),
                                List.of(new Count(FIFTH_A, MATHS, 4))))
                .singleElement()
                .extracting(Row::verdict)
                .isEqualTo(Verdict.FEWER);
    }

    @Test
    @DisplayName("R-S08 half hours (every other week) are met by either neighbouring whole number")
    void halfHours() {
        BigDecimal oneAndHalf = new BigDecimal("1.5");
        assertThat(HoursCheck.verdict(0, oneAndHalf)).isEqualTo(Verdict.FEWER);
        assertThat(HoursCheck.verdict(1, oneAndHalf)).isEqualTo(Verdict.MATCHES);
        assertThat(HoursCheck.verdict(2, oneAndHalf)).isEqualTo(Verdict.MATCHES);
        assertThat(HoursCheck.verdict(3, oneAndHalf)).isEqualTo(Verdict.MORE);
    }
}
