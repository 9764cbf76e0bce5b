package org.schooljournal.school.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoomTest {
    @Test
    @DisplayName("R-S04 a room's name is the same name whatever the case and surrounding blanks")
    void sameName() {
        Room room = new Room("Спортзал", 1, null, 60);

        assertThat(room.isNamed(" спортзал ")).isTrue();
        assertThat(room.isNamed("Спортзал 2")).isFalse();
        assertThat(room.isNamed(null)).isFalse();
    }
}
