package org.schooljournal.oversight.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class OversightSettingTest {
    @Test
    @DisplayName(
            "R-C01 the school's mark-density threshold is 1 to 20 marks; anything else is refused by name")
    void threshold() {
        assertThat(new OversightSetting(4).getMinMarks()).isEqualTo(4);
        OversightSetting s = new OversightSetting(OversightSetting.DEFAULT_MIN_MARKS);
        s.changeMinMarks(20);
        assertThat(s.getMinMarks()).isEqualTo(20);
        for (int bad : new int[] {0, -1, 21}) {
            assertThatThrownBy(() -> s.changeMinMarks(bad))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining("oversight.minMarks.range");
        }
        assertThat(s.getMinMarks()).isEqualTo(20);
    }
}
