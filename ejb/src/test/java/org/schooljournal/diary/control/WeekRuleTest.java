package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeekRuleTest {

    @Test
    @DisplayName(
            "R-D01 the diary week runs Monday to Saturday; a Sunday belongs to the week it ends")
    void mondayToSaturday() {
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        LocalDate monday = LocalDate.of(2026, 12, 7);
        assertThat(WeekRule.monday(wednesday)).isEqualTo(monday);
        assertThat(WeekRule.monday(monday)).isEqualTo(monday);
        assertThat(WeekRule.monday(LocalDate.of(2026, 12, 13))).isEqualTo(monday);
        assertThat(WeekRule.days(monday))
                .containsExactly(
                        monday,
                        LocalDate.of(2026, 12, 8),
                        wednesday,
                        LocalDate.of(2026, 12, 10),
                        LocalDate.of(2026, 12, 11),
                        LocalDate.of(2026, 12, 12));
    }

    @Test
    @DisplayName("R-D01 a moved lesson's audited slot is read back, and placed in or out of a week")
    void auditedSlots() {
        WeekRule.Slot slot = WeekRule.Slot.parse("2026-12-12 #3");
        assertThat(slot).isEqualTo(new WeekRule.Slot(LocalDate.of(2026, 12, 12), 3));
        assertThat(slot.inWeekOf(LocalDate.of(2026, 12, 7))).isTrue();
        assertThat(slot.inWeekOf(LocalDate.of(2026, 12, 14))).isFalse();
        assertThat(
                        new WeekRule.Slot(LocalDate.of(2026, 12, 13), 1)
                                .inWeekOf(LocalDate.of(2026, 12, 7)))
                .as("a Sunday is not a diary day")
                .isFalse();
        assertThat(WeekRule.Slot.parse("Иванов И. И.")).isNull();
        assertThat(WeekRule.Slot.parse("2026-12-12 #x")).isNull();
        assertThat(WeekRule.Slot.parse(null)).isNull();
    }
}
