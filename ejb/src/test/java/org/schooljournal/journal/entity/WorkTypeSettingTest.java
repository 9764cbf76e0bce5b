package org.schooljournal.journal.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.platform.entity.JournalException;

class WorkTypeSettingTest {
    @Test
    @DisplayName("R-J07 a work type's weight lies between 0.1 and 10, both included")
    void weightBounds() {
        assertThat(new WorkTypeSetting(WorkType.CONTROL_WORK, true, new BigDecimal("0.1")))
                .extracting(WorkTypeSetting::getWeight)
                .isEqualTo(new BigDecimal("0.1"));
        assertThat(new WorkTypeSetting(WorkType.CONTROL_WORK, true, new BigDecimal("10.00")))
                .extracting(WorkTypeSetting::getWeight)
                .isEqualTo(new BigDecimal("10.00"));

        for (String weight : new String[] {"0", "0.09", "-1", "10.01", "11"}) {
            assertThatThrownBy(
                            () ->
                                    new WorkTypeSetting(
                                            WorkType.CONTROL_WORK, true, new BigDecimal(weight)))
                    .isInstanceOf(JournalException.class)
                    .satisfies(e -> assertRefused(e, WorkTypeSetting.WEIGHT_RANGE))
                    .satisfies(
                            e ->
                                    assertThat(((JournalException) e).args())
                                            .containsExactly("CONTROL_WORK", weight));
        }
        assertThatThrownBy(() -> new WorkTypeSetting(WorkType.TEST, true, null))
                .satisfies(e -> assertRefused(e, WorkTypeSetting.WEIGHT_RANGE));
    }

    @Test
    @DisplayName("R-J07 a weight has at most two decimals, as stored (numeric(4,2))")
    void weightDecimals() {
        assertThat(new WorkTypeSetting(WorkType.TEST, true, new BigDecimal("1.250")).getWeight())
                .isEqualByComparingTo("1.25");
        assertThatThrownBy(() -> new WorkTypeSetting(WorkType.TEST, true, new BigDecimal("1.125")))
                .satisfies(e -> assertRefused(e, WorkTypeSetting.WEIGHT_DECIMALS));
    }

    @Test
    @DisplayName("R-J02 the answer in class cannot be switched off; any other work type can")
    void answerStaysUsed() {
        assertThatThrownBy(() -> new WorkTypeSetting(WorkType.ANSWER, false, BigDecimal.ONE))
                .satisfies(e -> assertRefused(e, WorkTypeSetting.ANSWER_USED));
        WorkTypeSetting answer = new WorkTypeSetting(WorkType.ANSWER, true, BigDecimal.ONE);
        assertThatThrownBy(() -> answer.change(false, BigDecimal.ONE))
                .satisfies(e -> assertRefused(e, WorkTypeSetting.ANSWER_USED));
        assertThat(answer.isUsed()).isTrue();

        WorkTypeSetting dictation = new WorkTypeSetting(WorkType.DICTATION, true, BigDecimal.ONE);
        dictation.change(false, new BigDecimal("2"));
        assertThat(dictation.isUsed()).isFalse();
        assertThat(dictation.getWeight()).isEqualByComparingTo("2");
    }

    @Test
    @DisplayName("R-J07 a refused change leaves the setting as it was")
    void refusedChangeKeepsSetting() {
        WorkTypeSetting control =
                new WorkTypeSetting(WorkType.CONTROL_WORK, true, new BigDecimal("2"));
        assertThatThrownBy(() -> control.change(false, new BigDecimal("11")))
                .isInstanceOf(JournalException.class);
        assertThat(control.isUsed()).isTrue();
        assertThat(control.getWeight()).isEqualByComparingTo("2");
    }

    private static void assertRefused(Throwable e, String key) {
        assertThat(e).isInstanceOf(JournalException.class);
        JournalException refusal = (JournalException) e;
        assertThat(refusal.kind()).isEqualTo(JournalException.Kind.INVALID);
        assertThat(refusal.key()).isEqualTo(key);
    }
}
