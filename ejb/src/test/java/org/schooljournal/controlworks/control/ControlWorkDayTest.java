package org.schooljournal.controlworks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;

class ControlWorkDayTest {
    private static final SchoolDays STANDARD = YearPlan.standard(2026).schoolDays();

    private static String refusal(int grade, int weekDays, LocalDate date) {
        return ControlWorkDay.refusal(STANDARD, grade, weekDays, grade + " «А»", date)
                .map(e -> Messages.text(e, null))
                .orElse(null);
    }

    @Test
    @DisplayName("R-S12 A control work is accepted on a study day of the class")
    void studyDay() {
        // Wednesday 20 January 2027
        assertThat(ControlWorkDay.refusal(STANDARD, 5, 5, "5 «А»", LocalDate.of(2027, 1, 20)))
                .isEmpty();
        // Saturday 23 January 2027 for a six-day week
        assertThat(ControlWorkDay.refusal(STANDARD, 5, 6, "5 «А»", LocalDate.of(2027, 1, 23)))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "R-S12 A control work is refused on a day of rest, in holidays and outside the periods, saying why")
    void notStudyDay() {
        assertThat(refusal(5, 5, LocalDate.of(2027, 1, 23)))
                .isEqualTo("У класса 5 «А» нет уроков 23.01.2027: суббота — выходной день");
        assertThat(refusal(5, 5, LocalDate.of(2027, 1, 5)))
                .isEqualTo("У класса 5 «А» нет уроков 05.01.2027: Зимние каникулы");
        assertThat(refusal(5, 5, LocalDate.of(2026, 8, 31))).contains("учебные периоды");
        JournalException e =
                ControlWorkDay.refusal(STANDARD, 5, 5, "5 «А»", LocalDate.of(2027, 1, 24))
                        .orElseThrow();
        assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
        assertThat(Messages.text(e, Locale.ENGLISH))
                .isEqualTo("Class 5 «А» has no lessons on 24.01.2027: Sunday is a day of rest");
    }
}
