package org.schooljournal.calendar.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.BellSchedule;

class BellScheduleDefinitionTest {
    @Test
    @DisplayName(
            "R-S10 a stored schedule's periods are replaced as a whole: kept lessons retimed, extra ones dropped or added")
    void replace() {
        BellScheduleDefinition s =
                new BellScheduleDefinition(" Вторая смена ", BellSchedule.standard());
        BellSchedule three =
                BellSchedule.of(
                        List.of(
                                new BellSchedule.Period(
                                        1, LocalTime.of(14, 0), LocalTime.of(14, 40)),
                                new BellSchedule.Period(
                                        2, LocalTime.of(14, 50), LocalTime.of(15, 30)),
                                new BellSchedule.Period(
                                        3, LocalTime.of(15, 50), LocalTime.of(16, 30))));

        s.replace(three);

        assertThat(s.getName()).isEqualTo("Вторая смена");
        assertThat(s.isNamed("вторая СМЕНА")).isTrue();
        assertThat(s.bells()).isEqualTo(three);
        s.replace(BellSchedule.secondShift());
        assertThat(s.bells()).isEqualTo(BellSchedule.secondShift());
    }
}
