package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearMarkRuleTest {
    private final YearMarkRule rule = new YearMarkRule();

    private String suggest(String... marks) {
        return rule.suggest(Arrays.asList(marks));
    }

    @Test
    @DisplayName("R-J12 the year mark is the mean of the period marks, an exact .5 rounding up")
    void exactHalvesRoundUp() {
        assertThat(suggest("4", "5")).isEqualTo("5"); // 4.5
        assertThat(suggest("3", "4")).isEqualTo("4"); // 3.5
        assertThat(suggest("2", "3")).isEqualTo("3"); // 2.5
        assertThat(suggest("3", "4", "4", "3")).isEqualTo("4"); // 3.5
        assertThat(suggest("4", "5", "5", "4")).isEqualTo("5"); // 4.5
        assertThat(suggest("2", "3", "3", "2")).isEqualTo("3"); // 2.5
    }

    @Test
    @DisplayName("R-J12 just below a boundary rounds down: 4.25, 3.33, 4.33, 2.25")
    void belowHalfRoundsDown() {
        assertThat(suggest("4", "4", "4", "5")).isEqualTo("4"); // 4.25
        assertThat(suggest("3", "3", "4")).isEqualTo("3"); // 3.33
        assertThat(suggest("4", "4", "5")).isEqualTo("4"); // 4.33
        assertThat(suggest("2", "2", "2", "3")).isEqualTo("2"); // 2.25
        assertThat(suggest("5", "5", "5", "5")).isEqualTo("5");
        assertThat(suggest("2", "2")).isEqualTo("2");
    }

    @Test
    @DisplayName("R-J12 a missing or deferred period mark leaves the year without a suggestion")
    void missingPeriod() {
        assertThat(suggest("5", null, "5", "5")).isNull();
        assertThat(suggest("5", "5", "", "5")).isNull();
        assertThat(rule.suggest(List.of())).isNull();
        assertThat(YearMarkRule.firstMissing(Arrays.asList("5", "4", null, ""))).isEqualTo(2);
        assertThat(YearMarkRule.firstMissing(List.of("5", "4"))).isEqualTo(-1);
    }

    @Test
    @DisplayName(
            "R-J12 all periods «осв» suggest «осв»; «осв» and «н/а» beside numbers are left out")
    void specialMarks() {
        assertThat(suggest("осв", "осв", "осв", "осв")).isEqualTo("осв");
        assertThat(suggest("осв", "4", "5")).isEqualTo("5"); // 4.5 of the numeric ones
        assertThat(suggest("н/а", "3", "4")).isEqualTo("4"); // 3.5
        assertThat(suggest("осв", "н/а")).isNull();
        assertThat(suggest("зч", "зч")).isEqualTo("зч");
    }
}
