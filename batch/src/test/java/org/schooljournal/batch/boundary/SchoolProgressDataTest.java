package org.schooljournal.batch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.batch.archive.JobReports;

class SchoolProgressDataTest {
    @Test
    @DisplayName("R-P06 progress: percent done and the estimate by the pace so far")
    void estimate() {
        assertThat(SchoolProgressData.estimate(40, 10, 30)).isEqualTo(90L);
        assertThat(SchoolProgressData.estimate(40, 0, 30)).as("nothing done yet").isNull();
        assertThat(SchoolProgressData.estimate(40, 40, 30)).as("finished").isNull();
        var school = new SchoolProgressData(1, "Школа 1", 40, 10, 9, 1, 30, 90L);
        assertThat(school.percent()).isEqualTo(25);
        assertThat(new SchoolProgressData(2, "Школа 2", 0, 0, 0, 0, 0, null).percent()).isZero();
    }

    @Test
    @DisplayName("R-P06 the total sums the schools; elapsed is the longest school's")
    void total() {
        var total =
                JobReports.total(
                        List.of(
                                new SchoolProgressData(1, "a", 40, 40, 38, 2, 100, null),
                                new SchoolProgressData(2, "b", 60, 20, 20, 0, 60, 120L)));
        assertThat(total.total()).isEqualTo(100);
        assertThat(total.done()).isEqualTo(60);
        assertThat(total.refused()).isEqualTo(2);
        assertThat(total.elapsedSeconds()).isEqualTo(100);
        assertThat(total.remainingSeconds()).isEqualTo(67L);
        assertThat(total.percent()).isEqualTo(60);
    }
}
