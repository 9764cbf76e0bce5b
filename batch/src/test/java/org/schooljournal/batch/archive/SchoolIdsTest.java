package org.schooljournal.batch.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolIdsTest {
    @Test
    @DisplayName("R-T03 the schools of a job: none means every school; the parameter round-trips")
    void roundTrip() {
        assertThat(SchoolIds.format(List.of(3L, 1L, 3L))).isEqualTo("1,3");
        assertThat(SchoolIds.parse("1,3")).containsExactly(1L, 3L);
        assertThat(SchoolIds.parse("")).isEmpty();
        assertThat(SchoolIds.parse(null)).isEmpty();
        assertThat(SchoolIds.format(null)).isEmpty();
    }
}
