package org.schooljournal.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompletenessScoreTest {
    @Test
    @DisplayName(
            "R-C07 the score is the mean of the five shares out of 100; nothing to judge is met")
    void score() {
        assertThat(CompletenessScore.of(1, 1, 1, 1, 1)).isEqualByComparingTo("100.0");
        // 10 lessons, 2 topics late, 5 homeworks missing, marks all in time, 1 of 4 pupils below
        // the threshold, 6 of 8 planned lessons given: (0.8 + 0.5 + 1 + 0.75 + 0.75) / 5 = 0.76
        double topics = CompletenessScore.share(2, 10);
        double homework = CompletenessScore.share(5, 10);
        double marks = CompletenessScore.share(0, 10);
        double density = CompletenessScore.share(1, 4);
        double plan = CompletenessScore.fulfilment(6, 8);
        assertThat(CompletenessScore.of(topics, homework, marks, density, plan))
                .isEqualByComparingTo("76.0");
        assertThat(CompletenessScore.share(3, 0)).isEqualTo(1.0);
        assertThat(CompletenessScore.share(12, 10)).isEqualTo(0.0);
        assertThat(CompletenessScore.fulfilment(12, 10)).isEqualTo(1.0);
        assertThat(CompletenessScore.fulfilment(0, 0)).isEqualTo(1.0);
    }
}
