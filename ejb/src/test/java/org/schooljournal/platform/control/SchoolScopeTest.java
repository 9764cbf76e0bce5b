package org.schooljournal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolScopeTest {
    @Test
    @DisplayName("R-T03 an archivist enters any school; a head or deputy only its own; others none")
    void whoEnters() {
        assertThat(SchoolScope.mayEnter(true, false, null, 7)).isTrue();
        assertThat(SchoolScope.mayEnter(false, true, 7L, 7)).isTrue();
        assertThat(SchoolScope.mayEnter(false, true, 8L, 7)).isFalse();
        assertThat(SchoolScope.mayEnter(false, false, 7L, 7)).isFalse();
        assertThat(SchoolScope.mayEnter(false, true, null, 7)).isFalse();
    }
}
