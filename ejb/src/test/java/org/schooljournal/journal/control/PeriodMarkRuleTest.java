package org.schooljournal.journal.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schooljournal.journal.control.PeriodMarkRule.GivenMark;
import org.schooljournal.journal.control.PeriodMarkRule.NotEnoughData;
import org.schooljournal.journal.control.PeriodMarkRule.Numeric;
import org.schooljournal.journal.control.PeriodMarkRule.Result;
import org.schooljournal.journal.control.PeriodMarkRule.Special;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;

class PeriodMarkRuleTest {
    private static final String ANSWER = "ANSWER";
    private static final String CONTROL_WORK = "CONTROL_WORK";
    private static final String TEST = "TEST";

    private static List<GivenMark> answers(int... values) {
        List<GivenMark> marks = new ArrayList<>();
        for (int v : values) {
            marks.add(new GivenMark(v, ANSWER));
        }
        return marks;
    }

    /** {@code count} marks of {@code value} followed by {@code count2} of {@code value2}. */
    private static List<GivenMark> runs(int value, int count, int value2, int count2) {
        List<GivenMark> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            marks.add(new GivenMark(value, ANSWER));
        }
        for (int i = 0; i < count2; i++) {
            marks.add(new GivenMark(value2, ANSWER));
        }
        return marks;
    }

    private static BigDecimal w(String weight) {
        return new BigDecimal(weight);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"'2,3', 3, 2.50", "'3,4', 4, 3.50", "'4,5', 5, 4.50", "'3,3,4,4', 4, 3.50"})
    @DisplayName("R-J07 an average of exactly 2.5, 3.5 or 4.5 is rounded up as the order says")
    void exactBoundaries(String marks, int expected, String average) {
        int[] values =
                java.util.Arrays.stream(marks.split(",")).mapToInt(Integer::parseInt).toArray();

        Result r = new PeriodMarkRule().suggest(answers(values));

        assertThat(r.suggestion()).isEqualTo(new Numeric(expected));
        assertThat(r.average()).isEqualByComparingTo(average);
    }

    @Test
    @DisplayName("R-J07 real mark sets just below a boundary (2.48, 3.48, 4.48) are rounded down")
    void justBelowBoundaries() {
        PeriodMarkRule rule = new PeriodMarkRule();

        Result twos = rule.suggest(runs(3, 10, 2, 11)); // 52/21
        Result threes = rule.suggest(runs(4, 10, 3, 11)); // 73/21
        Result fours = rule.suggest(runs(5, 10, 4, 11)); // 94/21

        assertThat(twos.suggestion()).isEqualTo(new Numeric(2));
        assertThat(twos.average()).isEqualByComparingTo("2.48");
        assertThat(threes.suggestion()).isEqualTo(new Numeric(3));
        assertThat(threes.average()).isEqualByComparingTo("3.48");
        assertThat(fours.suggestion()).isEqualTo(new Numeric(4));
        assertThat(fours.average()).isEqualByComparingTo("4.48");
    }

    @Test
    @DisplayName("R-J07 seven 4s and two 3s average 3.78 and suggest 4; all 2s suggest 2")
    void ordinarySets() {
        PeriodMarkRule rule = new PeriodMarkRule();

        assertThat(rule.suggest(answers(4, 4, 4, 4, 4, 4, 4, 3, 3)).suggestion())
                .isEqualTo(new Numeric(4));
        assertThat(rule.suggest(answers(2, 2, 2)).suggestion()).isEqualTo(new Numeric(2));
        assertThat(rule.suggest(answers(5, 5, 5)).suggestion()).isEqualTo(new Numeric(5));
    }

    @Test
    @DisplayName("R-J07 a 1 of the five-point scale counts, and the suggestion never goes below 2")
    void onesCountButFloorIsTwo() {
        Result r = new PeriodMarkRule().suggest(answers(1, 1, 2));

        assertThat(r.suggestion()).isEqualTo(new Numeric(2));
        assertThat(r.average()).isEqualByComparingTo("1.33");
    }

    @Test
    @DisplayName("R-J07 weights 2 and 1 on 3 and 5 give 11/3 = 3.67 and suggest 4")
    void weightedAverage() {
        PeriodMarkRule rule = new PeriodMarkRule(Map.of(CONTROL_WORK, w("2")));

        Result r = rule.suggest(List.of(new GivenMark(3, CONTROL_WORK), new GivenMark(5, ANSWER)));

        assertThat(r.suggestion()).isEqualTo(new Numeric(4));
        assertThat(r.average()).isEqualByComparingTo("3.67");
        assertThat(r.weights()).containsEntry(CONTROL_WORK, w("2")).containsEntry(ANSWER, w("1"));
    }

    @Test
    @DisplayName("R-J07 3 and 4 weighted 0.3 each are exactly 3.5 → 4, where double gives 3.4999…")
    void decimalWeightsAreExact() {
        // The trap the rule avoids: the same sum in double lands below the boundary.
        assertThat((0.3 * 3 + 0.3 * 4) / (0.3 + 0.3)).isLessThan(3.5);
        PeriodMarkRule rule = new PeriodMarkRule(Map.of(ANSWER, w("0.3"), TEST, w("0.3")));

        Result r = rule.suggest(List.of(new GivenMark(3, ANSWER), new GivenMark(4, TEST)));

        assertThat(r.suggestion()).isEqualTo(new Numeric(4));
        assertThat(r.average()).isEqualByComparingTo("3.50");
    }

    @Test
    @DisplayName(
            "R-J07 weights 0.1 and 0.2 on 2 and 5 are exactly 4 → 4; 0.1 on 4 and 5 is 4.5 → 5")
    void tenthWeights() {
        PeriodMarkRule rule = new PeriodMarkRule(Map.of(ANSWER, w("0.1"), TEST, w("0.2")));

        assertThat(
                        rule.suggest(List.of(new GivenMark(2, ANSWER), new GivenMark(5, TEST)))
                                .suggestion())
                .isEqualTo(new Numeric(4));
        assertThat(
                        rule.suggest(List.of(new GivenMark(4, ANSWER), new GivenMark(5, ANSWER)))
                                .suggestion())
                .isEqualTo(new Numeric(5));
    }

    @Test
    @DisplayName(
            "R-J07 the suggestion follows the exact average: 3.4975 reads 3.50 on screen and is still a 3")
    void decidedOnExactNotDisplayedAverage() {
        PeriodMarkRule rule = new PeriodMarkRule(Map.of(ANSWER, w("1.01")));

        // 3 × 1.01 + 4 × 1 = 7.03 over 2.01 = 3.4975…
        Result r = rule.suggest(List.of(new GivenMark(3, ANSWER), new GivenMark(4, TEST)));

        assertThat(r.average()).isEqualByComparingTo("3.50");
        assertThat(r.suggestion()).isEqualTo(new Numeric(3));
    }

    @Test
    @DisplayName("R-J07 without weights every work type counts the same")
    void equalDefaultWeights() {
        Result r =
                new PeriodMarkRule()
                        .suggest(
                                List.of(
                                        new GivenMark(5, CONTROL_WORK),
                                        new GivenMark(3, ANSWER),
                                        new GivenMark(3, TEST),
                                        new GivenMark(3, "DICTATION")));

        assertThat(r.average()).isEqualByComparingTo("3.50");
        assertThat(r.suggestion()).isEqualTo(new Numeric(4));
        assertThat(r.weights()).hasSize(4).allSatisfy((k, v) -> assertThat(v).isEqualTo(w("1")));
    }

    @Test
    @DisplayName("R-J07 a work type missing from the weights weighs 1")
    void unknownWorkTypeWeighsOne() {
        PeriodMarkRule rule = new PeriodMarkRule(Map.of(CONTROL_WORK, w("3")));

        Result r = rule.suggest(List.of(new GivenMark(5, "WRITTEN_WORK"), new GivenMark(2, "LAB")));

        assertThat(r.average()).isEqualByComparingTo("3.50");
        assertThat(r.weights())
                .containsOnly(Map.entry("WRITTEN_WORK", w("1")), Map.entry("LAB", w("1")));
    }

    @Test
    @DisplayName("R-J07 the result shows the average and its inputs: count, marks and weights")
    void resultCarriesInputs() {
        List<GivenMark> marks = List.of(new GivenMark(4, CONTROL_WORK), new GivenMark(5, ANSWER));

        Result r = new PeriodMarkRule(Map.of(CONTROL_WORK, w("2"))).suggest(marks);

        assertThat(r.count()).isEqualTo(2);
        assertThat(r.marks()).containsExactlyElementsOf(marks);
        assertThat(r.average().scale()).isEqualTo(2);
        assertThat(r.average()).isEqualByComparingTo("4.33");
    }

    @Test
    @DisplayName("R-J07 a period without marks has no suggestion, and says why in both languages")
    void emptyPeriod() {
        Result r = new PeriodMarkRule().suggest(List.of());

        assertThat(r.suggestion()).isEqualTo(new NotEnoughData("periodMark.noMarks"));
        assertThat(r.average()).isNull();
        assertThat(r.count()).isZero();
        var reason = new JournalException(JournalException.Kind.INVALID, "periodMark.noMarks");
        assertThat(Messages.text(reason, null)).startsWith("За период нет ни одной отметки");
        assertThat(Messages.text(reason, Locale.ENGLISH)).startsWith("The period has no marks");
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource({"0", "0.00", "-1"})
    @DisplayName("R-J07 a weight of zero or below is refused: it would drop or invert marks")
    void nonPositiveWeightRefused(String weight) {
        assertThatThrownBy(() -> new PeriodMarkRule(Map.of(TEST, w(weight))))
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.key()).isEqualTo("periodMark.weight.notPositive");
                            assertThat(e.args()).containsExactly(TEST, weight);
                        });
    }

    @Test
    @DisplayName("R-J07 a work type configured without a weight is refused too")
    void missingWeightRefused() {
        Map<String, BigDecimal> weights = new HashMap<>();
        weights.put(TEST, null);

        assertThatThrownBy(() -> new PeriodMarkRule(weights))
                .isInstanceOf(JournalException.class)
                .hasMessageStartingWith("periodMark.weight.notPositive");
    }

    @Test
    @DisplayName("R-J07 a value outside the five-point scale is not a mark")
    void outsideScale() {
        assertThatThrownBy(() -> new GivenMark(6, ANSWER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GivenMark(0, ANSWER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-J08 «осв» and «н/а» are period marks a teacher sets, never suggested")
    void specialOutcomes() {
        assertThat(Special.EXEMPT.label()).isEqualTo("осв");
        assertThat(Special.NOT_ATTESTED.label()).isEqualTo("н/а");
        assertThat(new PeriodMarkRule().suggest(List.of()).suggestion())
                .isNotInstanceOf(Special.class);
        assertThatThrownBy(() -> new Numeric(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
