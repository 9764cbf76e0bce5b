package org.schooljournal.lessonplan.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.Subject;

@DisplayName("R-S09 a lesson plan keeps its topics in order, numbered 1..n")
class LessonPlanTest {
    private static final AcademicYear YEAR =
            new AcademicYear(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31));

    private static LessonPlan plan() {
        return new LessonPlan(Subject.own("Математика", Grading.FIVE_POINT), 5, YEAR);
    }

    private static List<Integer> positions(LessonPlan plan) {
        return plan.getTopics().stream().map(LessonPlanTopic::getPosition).toList();
    }

    @Test
    @DisplayName("R-S09 replacing topics numbers them 1..n in order, growing and shrinking")
    void replace() {
        LessonPlan plan = plan();

        plan.replaceTopics(
                List.of(
                        new TopicLine("Дроби", 3),
                        new TopicLine("Проценты", 2),
                        new TopicLine("Уравнения", 4)));
        assertThat(positions(plan)).containsExactly(1, 2, 3);
        assertThat(plan.totalHours()).isEqualTo(9);
        assertThat(plan.getTitle()).isEqualTo("Математика, 5 класс");

        plan.replaceTopics(List.of(new TopicLine("Углы", 1)));
        assertThat(positions(plan)).containsExactly(1);
        assertThat(plan.lines()).containsExactly(new TopicLine("Углы", 1));
    }

    @Test
    @DisplayName("R-S09 a bad topic changes nothing; a grade outside 1..11 is refused")
    void invariants() {
        LessonPlan plan = plan();
        plan.replaceTopics(List.of(new TopicLine("Дроби", 3)));

        assertThatThrownBy(
                        () ->
                                plan.replaceTopics(
                                        List.of(new TopicLine("Углы", 1), new TopicLine(" ", 1))))
                .isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> plan.replaceTopics(List.of(new TopicLine("Углы", 0))))
                .isInstanceOf(JournalException.class);
        assertThat(plan.lines()).containsExactly(new TopicLine("Дроби", 3));
        assertThatThrownBy(
                        () ->
                                new LessonPlan(
                                        Subject.own("Математика", Grading.FIVE_POINT), 12, YEAR))
                .isInstanceOf(JournalException.class);
    }

    @Test
    @DisplayName("R-S09 a plan copied to another year has the same topics")
    void copy() {
        LessonPlan plan = plan();
        plan.replaceTopics(List.of(new TopicLine("Дроби", 3), new TopicLine("Углы", 2)));
        AcademicYear next = new AcademicYear(LocalDate.of(2027, 9, 1), LocalDate.of(2028, 5, 31));

        LessonPlan copy = plan.copyTo(next);

        assertThat(copy.getYear()).isSameAs(next);
        assertThat(copy.lines()).isEqualTo(plan.lines());
        assertThat(positions(copy)).containsExactly(1, 2);
    }
}
