package org.schooljournal.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkDistributionTest {
    @Test
    @DisplayName(
            "R-C04 a control work's distribution: 5/4/3/2 (a 1 with the 2s), no mark or a non-five-point one is «did not write», rates over all pupils")
    void distribution() {
        MarkDistribution d = new MarkDistribution();
        d.add("5").add("4").add("3").add("1").add(null).add("н/а");
        assertThat(d.count(5)).isEqualTo(1);
        assertThat(d.count(4)).isEqualTo(1);
        assertThat(d.count(3)).isEqualTo(1);
        assertThat(d.count(2)).isEqualTo(1);
        assertThat(d.written()).isEqualTo(4);
        assertThat(d.notWritten()).isEqualTo(2);
        assertThat(d.pupils()).isEqualTo(6);
        // 3 of 6 not below «3», 2 of 6 «4» or «5»; the average keeps the «1» as 1
        assertThat(d.successRate()).hasToString("50.0");
        assertThat(d.qualityRate()).hasToString("33.3");
        assertThat(d.average()).hasToString("3.25");
    }

    @Test
    @DisplayName(
            "R-C04 a work's mark against the period mark: equal confirmed, higher above, lower below, a missing one not compared")
    void againstPeriodMarks() {
        MarkDistribution d = new MarkDistribution();
        d.compare("5", "5").compare("5", "4").compare("3", "4").compare("2", "3");
        d.compare(null, "4").compare("4", null).compare("4", "зч");
        assertThat(d.confirmed()).isEqualTo(1);
        assertThat(d.above()).isEqualTo(1);
        assertThat(d.below()).isEqualTo(2);
    }

    @Test
    @DisplayName(
            "R-C09 weekly counts add up (n marks of a value at once), nobody written has no average or rates")
    void countsAndEmpty() {
        MarkDistribution week = new MarkDistribution().add("5", 3).add("2", 1);
        assertThat(week.average()).hasToString("4.25");
        MarkDistribution total = new MarkDistribution().plus(week).plus(week);
        assertThat(total.count(5)).isEqualTo(6);
        assertThat(total.average()).hasToString("4.25");
        MarkDistribution none = new MarkDistribution();
        assertThat(none.average()).isNull();
        assertThat(none.successRate()).isNull();
        assertThat(MarkDistribution.points("зч")).isZero();
        assertThat(MarkDistribution.points("45")).isZero();
    }
}
