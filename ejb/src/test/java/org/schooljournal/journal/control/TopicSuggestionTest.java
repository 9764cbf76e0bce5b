package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicSuggestionTest {
    private final TopicSuggestion plan =
            new TopicSuggestion(
                    List.of(
                            new TopicSuggestion.Topic("Натуральные числа", 2),
                            new TopicSuggestion.Topic("Пустая строка плана", 0),
                            new TopicSuggestion.Topic("Сложение", 1),
                            new TopicSuggestion.Topic("Вычитание", 3)));

    @Test
    @DisplayName(
            "R-J02 the КТП suggests the topic of the n-th lesson by the topics' hours in order")
    void byHours() {
        assertThat(plan.forLesson(1)).isEqualTo("Натуральные числа");
        assertThat(plan.forLesson(2)).isEqualTo("Натуральные числа");
        assertThat(plan.forLesson(3)).isEqualTo("Сложение");
        assertThat(plan.forLesson(4)).isEqualTo("Вычитание");
        assertThat(plan.forLesson(6)).isEqualTo("Вычитание");
    }

    @Test
    @DisplayName("R-J02 past the plan's last hour there is no suggestion")
    void pastThePlan() {
        assertThat(plan.forLesson(7)).isNull();
        assertThat(new TopicSuggestion(List.of()).forLesson(1)).isNull();
    }
}
