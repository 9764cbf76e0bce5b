package org.schooljournal.timetable.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.timetable.control.LessonGeneration.WeeklySlot;

class LessonGenerationTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    /** Autumn holidays until Wednesday 4 November; weekends off for a five-day week. */
    static final LessonGeneration.StudyDays DAYS =
            (grade, weekDays, date) ->
                    date.isAfter(LocalDate.of(2026, 11, 4))
                            && date.getDayOfWeek().getValue() <= weekDays;

    static final List<WeeklySlot> MATHS_MON_THU =
            List.of(
                    new WeeklySlot(1, 5, 5, DayOfWeek.MONDAY, 2),
                    new WeeklySlot(1, 5, 5, DayOfWeek.THURSDAY, 3),
                    new WeeklySlot(2, 5, 5, DayOfWeek.SATURDAY, 1));

    @Test
    @DisplayName(
            "R-S11 R-S02 lessons are generated on study days only, never in holidays or on days off")
    void skipsHolidaysAndDaysOff() {
        var plan =
                LessonGeneration.plan(MATHS_MON_THU, DAYS, MONDAY, MONDAY.plusDays(13), List.of());

        assertThat(plan.create())
                .containsExactly(
                        new PlannedLesson(1, LocalDate.of(2026, 11, 5), 3),
                        new PlannedLesson(1, LocalDate.of(2026, 11, 9), 2),
                        new PlannedLesson(1, LocalDate.of(2026, 11, 12), 3));
        assertThat(plan.delete()).isEmpty();
    }

    @Test
    @DisplayName("R-S11 a second run changes nothing")
    void idempotent() {
        var first =
                LessonGeneration.plan(MATHS_MON_THU, DAYS, MONDAY, MONDAY.plusDays(13), List.of());
        long id = 100;
        List<ExistingLesson> stored = new java.util.ArrayList<>();
        for (PlannedLesson p : first.create()) {
            stored.add(new ExistingLesson(id++, p.assignmentId(), p.date(), p.number(), false));
        }

        var second =
                LessonGeneration.plan(MATHS_MON_THU, DAYS, MONDAY, MONDAY.plusDays(13), stored);

        assertThat(second.create()).isEmpty();
        assertThat(second.delete()).isEmpty();
        assertThat(second.kept()).isEqualTo(3);
    }

    @Test
    @DisplayName(
            "R-S11 after a change, empty lessons move; a lesson holding marks is kept and reported")
    void changeKeepsRecordedLessons() {
        List<ExistingLesson> stored =
                List.of(
                        new ExistingLesson(10, 1, LocalDate.of(2026, 11, 5), 3, true),
                        new ExistingLesson(11, 1, LocalDate.of(2026, 11, 9), 2, false),
                        new ExistingLesson(12, 1, LocalDate.of(2026, 11, 12), 3, false));
        List<WeeklySlot> movedToTuesday =
                List.of(
                        new WeeklySlot(1, 5, 5, DayOfWeek.MONDAY, 2),
                        new WeeklySlot(1, 5, 5, DayOfWeek.TUESDAY, 4));

        var plan = LessonGeneration.plan(movedToTuesday, DAYS, MONDAY, MONDAY.plusDays(13), stored);

        assertThat(plan.create())
                .containsExactly(new PlannedLesson(1, LocalDate.of(2026, 11, 10), 4));
        assertThat(plan.delete()).containsExactly(12L);
        assertThat(plan.conflicts()).extracting(ExistingLesson::id).containsExactly(10L);
        assertThat(plan.kept()).isEqualTo(1);
    }
}
