package org.schooljournal.batch.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScheduleSettingTest {
    @Test
    @DisplayName("R-P03 the transfer's schedule: HH:MM is daily in the municipality's zone")
    void daily() {
        var schedule = ScheduleSetting.parse(" 02:30 ", "Europe/Moscow").orElseThrow();
        assertThat(schedule.getDayOfWeek()).isEqualTo("*");
        assertThat(schedule.getHour()).isEqualTo("2");
        assertThat(schedule.getMinute()).isEqualTo("30");
        assertThat(schedule.getSecond()).isEqualTo("0");
        assertThat(schedule.getTimezone()).isEqualTo("Europe/Moscow");
    }

    @Test
    @DisplayName("R-P04 the check's schedule: «Sun 03:30» is weekly on Sunday")
    void weekly() {
        var schedule = ScheduleSetting.parse("Sun 03:30", "UTC").orElseThrow();
        assertThat(schedule.getDayOfWeek()).isEqualTo("sun");
        assertThat(schedule.getHour()).isEqualTo("3");
    }

    @Test
    @DisplayName("off switches a schedule off; anything else is refused naming the setting")
    void offAndWrong() {
        assertThat(ScheduleSetting.parse("OFF", "UTC")).isEmpty();
        assertThatThrownBy(() -> ScheduleSetting.parse("every night", "UTC"))
                .hasMessageContaining("every night");
        assertThatThrownBy(() -> ScheduleSetting.parse("25:00", "UTC"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
