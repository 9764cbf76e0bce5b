package org.schooljournal.journal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearMarkTest {
    private static final Instant NOW = Instant.parse("2027-05-25T10:00:00Z");

    private final YearMark mark = new YearMark(1, 3, 1);

    @Test
    @DisplayName(
            "R-J12 R-J08 a year mark other than the suggested one needs a reason, «н/а» and «осв» included, and so does any mark where nothing is suggested; the suggested one needs none")
    void reasons() {
        mark.set("4", "4", null, "t", NOW);
        assertThat(mark.getValue()).isEqualTo("4");

        for (String[] refused :
                new String[][] {
                    {"5", "4"}, {"н/а", "4"}, {"осв", "4"}, {"н/а", null}, {"3", null}
                }) {
            assertThatThrownBy(() -> mark.set(refused[0], refused[1], " ", "t", NOW))
                    .as("%s against %s", refused[0], refused[1])
                    .extracting("key")
                    .isIn("yearMark.reason", "yearMark.reason.noSuggestion");
        }
        assertThat(mark.getValue()).isEqualTo("4");

        mark.set("н/а", "4", " не аттестован ни в одной четверти ", "t", NOW);
        assertThat(mark.getValue()).isEqualTo("н/а");
        assertThat(mark.getReason()).isEqualTo("не аттестован ни в одной четверти");
    }
}
