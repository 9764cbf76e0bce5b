package org.schooljournal.journal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodMarkTest {
    private static final Instant NOW = Instant.parse("2026-10-22T10:00:00Z");
    private static final LocalDate QUARTER_ENDS = LocalDate.of(2026, 10, 23);

    private final PeriodMark mark = new PeriodMark(1, 2, 3);

    @Test
    @DisplayName(
            "R-J07 the suggested mark needs no reason; an override does, and the reason is kept")
    void override() {
        mark.set("4", "4", new BigDecimal("3.60"), null, "t", NOW);
        assertThat(mark.getValue()).isEqualTo("4");

        assertThatThrownBy(() -> mark.set("5", "4", new BigDecimal("3.60"), "  ", "t", NOW))
                .extracting("key")
                .isEqualTo("periodMark.reason.required");
        assertThat(mark.getValue()).isEqualTo("4");
        mark.set("5", "4", new BigDecimal("3.60"), " контрольная ", "t", NOW);
        assertThat(mark.getReason()).isEqualTo("контрольная");
    }

    @Test
    @DisplayName(
            "R-J08 «н/а» always needs a reason, «осв» where the marks suggest a number too; «осв» where nothing is suggested needs none")
    void special() {
        assertThatThrownBy(() -> mark.set("н/а", null, null, null, "t", NOW))
                .extracting("key")
                .isEqualTo("periodMark.reason.notAttested");
        assertThatThrownBy(() -> mark.set("н/а", "3", new BigDecimal("2.90"), " ", "t", NOW))
                .extracting("key")
                .isEqualTo("periodMark.reason.notAttested");
        assertThatThrownBy(() -> mark.set("осв", "3", new BigDecimal("2.90"), null, "t", NOW))
                .extracting("key")
                .isEqualTo("periodMark.reason.required");
        assertThat(mark.getValue()).isNull();

        mark.set("н/а", "3", new BigDecimal("2.90"), "пропустил 80% уроков", "t", NOW);
        assertThat(mark.getValue()).isEqualTo("н/а");
        assertThat(mark.getReason()).isEqualTo("пропустил 80% уроков");
        assertThat(mark.isSettled()).isTrue();
        mark.set("осв", null, null, null, "t", NOW);
        assertThat(mark.getValue()).isEqualTo("осв");
    }

    @Test
    @DisplayName(
            "R-J09 a deferred mark has a due date after the period and a reason, and settles the pupil")
    void deferral() {
        assertThatThrownBy(() -> mark.defer(QUARTER_ENDS, QUARTER_ENDS, "болезнь", "t", NOW))
                .extracting("key")
                .isEqualTo("periodMark.deferral.date");
        assertThatThrownBy(
                        () -> mark.defer(QUARTER_ENDS.plusDays(10), QUARTER_ENDS, null, "t", NOW))
                .extracting("key")
                .isEqualTo("periodMark.deferral.reason");
        assertThat(mark.isSettled()).isFalse();

        mark.defer(QUARTER_ENDS.plusDays(10), QUARTER_ENDS, "болезнь", "t", NOW);

        assertThat(mark.isSettled()).isTrue();
        assertThat(mark.getValue()).isNull();
        assertThat(mark.getDeferredUntil()).isEqualTo(QUARTER_ENDS.plusDays(10));
    }
}
