package org.schooljournal.diary.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class ConsentRuleTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    @DisplayName(
            "R-A05 a refusal shuts electronic access; no decision yet keeps the slip flow but no"
                    + " e-mail; only a recorded consent lets the school write")
    void accessAndMail() {
        assertThat(ConsentRule.electronicAccess(ConsentRule.REFUSED)).isFalse();
        assertThat(ConsentRule.electronicAccess(null)).isTrue();
        assertThat(ConsentRule.electronicAccess(ConsentRule.GIVEN)).isTrue();
        assertThat(ConsentRule.mayMail(ConsentRule.GIVEN)).isTrue();
        assertThat(ConsentRule.mayMail(null)).isFalse();
        assertThat(ConsentRule.mayMail(ConsentRule.REFUSED)).isFalse();
    }

    @Test
    @DisplayName("R-A05 a decision is consent or refusal, dated on its paper no later than today")
    void recordedDecision() {
        assertThat(ConsentRule.checked("GIVEN", TODAY, TODAY)).isEqualTo("GIVEN");
        assertThat(ConsentRule.checked("REFUSED", TODAY.minusYears(1), TODAY)).isEqualTo("REFUSED");
        assertThatThrownBy(() -> ConsentRule.checked("MAYBE", TODAY, TODAY))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("consent.decision");
        assertThatThrownBy(() -> ConsentRule.checked("GIVEN", TODAY.plusDays(1), TODAY))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining("consent.futureDate");
    }
}
