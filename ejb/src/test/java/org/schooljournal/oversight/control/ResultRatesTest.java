package org.schooljournal.oversight.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.oversight.control.ResultRates.Outcome;
import org.schooljournal.oversight.control.ResultRates.Tally;

class ResultRatesTest {
    @Test
    @DisplayName(
            "R-C03 every final mark's outcome: 4/5 quality, 3 осв зч success, 2 1 нз н/а deferred missing not")
    void outcomes() {
        assertThat(ResultRates.of("5", false)).isEqualTo(Outcome.QUALITY);
        assertThat(ResultRates.of("4", false)).isEqualTo(Outcome.QUALITY);
        assertThat(ResultRates.of("3", false)).isEqualTo(Outcome.SUCCESS);
        assertThat(ResultRates.of("осв", false)).isEqualTo(Outcome.SUCCESS);
        assertThat(ResultRates.of("зч", false)).isEqualTo(Outcome.SUCCESS);
        assertThat(ResultRates.of("2", false)).isEqualTo(Outcome.FAILURE);
        assertThat(ResultRates.of("1", false)).isEqualTo(Outcome.FAILURE);
        assertThat(ResultRates.of("нз", false)).isEqualTo(Outcome.FAILURE);
        assertThat(ResultRates.of("н/а", false)).isEqualTo(Outcome.NOT_ATTESTED);
        assertThat(ResultRates.of(null, true)).isEqualTo(Outcome.DEFERRED);
        assertThat(ResultRates.of(null, false)).isEqualTo(Outcome.MISSING);
        assertThat(Outcome.DEFERRED.success()).isFalse();
        assertThat(Outcome.NOT_ATTESTED.success()).isFalse();
    }

    @Test
    @DisplayName(
            "R-C03 R-C04 a class of 8 in a five-point subject: 5 5 4 3 осв 2 н/а deferred → success 62.5 %, quality 37.5 %")
    void classOfEight() {
        Tally t = new Tally();
        for (String v : new String[] {"5", "5", "4", "3", "осв", "2", "н/а"}) {
            t.add(ResultRates.of(v, false), true);
        }
        t.add(ResultRates.of(null, true), true);
        // hand-computed: not below 3 are 5, 5, 4, 3 and осв = 5 of 8 pupils; 4 and 5 are 3 of 8
        assertThat(t.base()).isEqualTo(8);
        assertThat(t.success()).isEqualTo(5);
        assertThat(t.successRate()).isEqualByComparingTo(new BigDecimal("62.5"));
        assertThat(t.quality()).isEqualTo(3);
        assertThat(t.qualityRate()).isEqualByComparingTo(new BigDecimal("37.5"));
        assertThat(t.deferred()).isEqualTo(1);
        assertThat(t.notAttested()).isEqualTo(1);
        assertThat(t.failures()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-C03 R-C04 a pass/fail subject has a success rate and no quality rate")
    void passFail() {
        Tally t = new Tally();
        t.add(ResultRates.of("зч", false), false)
                .add(ResultRates.of("зч", false), false)
                .add(ResultRates.of("нз", false), false);
        assertThat(t.successRate()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(t.qualityRate()).isNull();
    }

    @Test
    @DisplayName(
            "R-C03 R-C04 per pupil: success over all subjects, quality over five-point ones only")
    void perPupil() {
        Tally pupil = new Tally();
        pupil.add(ResultRates.of("5", false), true) // maths
                .add(ResultRates.of("3", false), true) // Russian
                .add(ResultRates.of("зч", false), false) // PE, pass/fail
                .add(ResultRates.of(null, false), true); // history: no mark yet
        // success 3 of 4 subjects = 75 %; quality 1 of 3 five-point subjects = 33.3 %
        assertThat(pupil.successRate()).isEqualByComparingTo(new BigDecimal("75.0"));
        assertThat(pupil.qualityRate()).isEqualByComparingTo(new BigDecimal("33.3"));
    }

    @Test
    @DisplayName("R-C03 an empty class has no rate rather than a division by zero")
    void empty() {
        assertThat(new Tally().successRate()).isNull();
        assertThat(ResultRates.percent(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(ResultRates.percent(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
    }
}
