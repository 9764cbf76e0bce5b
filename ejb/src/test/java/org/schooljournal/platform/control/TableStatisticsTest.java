package org.schooljournal.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TableStatisticsTest {
    @Test
    @DisplayName(
            "Issue 11: after a bulk write PostgreSQL analyzes the written tables, H2 runs nothing")
    void analyzeOnPostgresqlOnly() {
        assertThat(TableStatistics.statement("PostgreSQL", List.of("lesson", "mark")))
                .isEqualTo("analyze lesson, mark");
        assertThat(TableStatistics.statement("H2", List.of("lesson"))).isNull();
    }

    @Test
    @DisplayName("Issue 11: only plain table names reach the ANALYZE statement")
    void onlyPlainNames() {
        assertThat(TableStatistics.names("pupil", "pupil_guardian"))
                .containsExactly("pupil", "pupil_guardian");
        assertThatThrownBy(() -> TableStatistics.names("lesson; drop table mark"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(TableStatistics::names).isInstanceOf(IllegalArgumentException.class);
    }
}
