package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.journal.entity.WorkType;

class CellTextTest {
    @Test
    @DisplayName("R-J10 a make-up mark stands beside the recorded absence: «Б/4»")
    void makeUp() {
        assertThat(CellText.of("Б", Map.of(WorkType.ANSWER, "4"))).isEqualTo("Б/4");
        assertThat(CellText.of("НП", Map.of())).isEqualTo("НП");
    }

    @Test
    @DisplayName(
            "R-J02 several marks in one cell carry their work-type letters, in the order of the work types")
    void severalMarks() {
        assertThat(
                        CellText.of(
                                "",
                                Map.of(
                                        WorkType.HOMEWORK, "5",
                                        WorkType.CONTROL_WORK, "4",
                                        WorkType.ANSWER, "3")))
                .isEqualTo("3/4к/5дз");
        assertThat(CellText.of(null, Map.of())).isEmpty();
    }
}
