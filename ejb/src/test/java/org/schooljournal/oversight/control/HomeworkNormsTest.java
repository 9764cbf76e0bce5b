package org.schooljournal.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HomeworkNormsTest {
    @Test
    @DisplayName(
            "R-C01 homework limits per day are СанПиН 1.2.3685-21 table 6.6: none in grade 1, 1.5/2/2.5/3.5 h")
    void limits() {
        assertThat(HomeworkNorms.limitMinutes(1)).isZero();
        assertThat(HomeworkNorms.limitMinutes(2)).isEqualTo(90);
        assertThat(HomeworkNorms.limitMinutes(3)).isEqualTo(90);
        assertThat(HomeworkNorms.limitMinutes(4)).isEqualTo(120);
        assertThat(HomeworkNorms.limitMinutes(5)).isEqualTo(120);
        assertThat(HomeworkNorms.limitMinutes(6)).isEqualTo(150);
        assertThat(HomeworkNorms.limitMinutes(8)).isEqualTo(150);
        assertThat(HomeworkNorms.limitMinutes(9)).isEqualTo(210);
        assertThat(HomeworkNorms.limitMinutes(11)).isEqualTo(210);
    }

    @Test
    @DisplayName(
            "R-C01 a homework counts its teacher's minutes, else its subject's default, else 20; over is above the limit")
    void minutes() {
        assertThat(HomeworkNorms.minutes(45, 30)).isEqualTo(45);
        assertThat(HomeworkNorms.minutes(null, 30)).isEqualTo(30);
        assertThat(HomeworkNorms.minutes(null, null)).isEqualTo(HomeworkNorms.DEFAULT_MINUTES);
        assertThat(HomeworkNorms.over(1, 5)).isTrue();
        assertThat(HomeworkNorms.over(1, 0)).isFalse();
        assertThat(HomeworkNorms.over(5, 120)).isFalse();
        assertThat(HomeworkNorms.over(5, 121)).isTrue();
    }
}
