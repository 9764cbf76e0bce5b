package org.schooljournal.journal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;

/**
 * The suggested period mark (четвертная / полугодовая / годовая отметка) from a pupil's marks of
 * the period (R-J07), following the school's order on the electronic journal ({@code
 * /work/shared/seed/000_062add02ff3c65a4.txt}, «Должностная инструкция учителя-предметника», item
 * 11): «средний балл 2,5 соответствует оценке … 3; средний балл 3,5 … 4; средний балл 4,5 … 5». So
 * an average of exactly .5 rounds up; below 2.5 the suggestion is 2, the lowest period mark the
 * order names (it says nothing more about 2). The order sets no minimum number of marks and no
 * absence limit, so none is applied: only a period without marks has no suggestion. Item 5 adds the
 * special outcomes «ОСВ» and «Н/А» (R-J08), which a teacher sets; they are never suggested.
 *
 * <p>The average is weighted by work type (journal conventions: a control work may count more than
 * an answer); a work type without a configured weight weighs 1. The suggestion is decided on the
 * exact fraction: {@code sum(weight × mark) ≥ threshold × sum(weight)}, both sides exact {@link
 * BigDecimal} products and sums, with no division. A rounded average (or a double) would move marks
 * across a boundary: 3 and 4 weighted 0.3 each are 3.4999999999999996 in double arithmetic, and an
 * exact 3.4975 would read 3.50 once rounded, yet is a 3. The two-decimal average is only for
 * display.
 *
 * <p>Pure: no persistence, no container, so the boundary can feed it whatever it loaded.
 */
public final class PeriodMarkRule {
    static final String NO_MARKS = "periodMark.noMarks";

    private static final List<BigDecimal> THRESHOLDS =
            List.of(new BigDecimal("2.5"), new BigDecimal("3.5"), new BigDecimal("4.5"));
    private static final int LOWEST_PERIOD_MARK = 2;

    private final Map<String, BigDecimal> weights;

    /** All work types weigh the same. */
    public PeriodMarkRule() {
        this(Map.of());
    }

    /**
     * @param weights weight per work type key (e.g. {@code "CONTROL_WORK"}); a missing work type
     *     weighs 1
     * @throws JournalException {@code periodMark.weight.notPositive} when a weight is absent, zero
     *     or negative: a zero would silently drop marks, a negative one invert them
     */
    public PeriodMarkRule(Map<String, BigDecimal> weights) {
        weights.forEach(
                (workType, weight) -> {
                    if (weight == null || weight.signum() <= 0) {
                        throw new JournalException(
                                JournalException.Kind.INVALID,
                                "periodMark.weight.notPositive",
                                workType,
                                String.valueOf(weight));
                    }
                });
        this.weights = Map.copyOf(weights);
    }

    /** One current mark of the period: its value on the five-point scale and its work type. */
    public record GivenMark(int value, String workType) {
        public GivenMark {
            // The journal's five-point scale admits 1 (Grading.FIVE_POINT), so the rule must too.
            if (value < 1 || value > 5) {
                throw new IllegalArgumentException("not a five-point mark: " + value);
            }
            Objects.requireNonNull(workType, "workType");
        }
    }

    /** What a teacher can set as a period mark: a number or a special outcome (R-J07, R-J08). */
    public sealed interface PeriodMark permits Numeric, Special {}

    /** What the rule suggests: a number, or why it cannot. */
    public sealed interface Suggestion permits Numeric, NotEnoughData {}

    /** A numeric period mark, 2 to 5. */
    public record Numeric(int value) implements PeriodMark, Suggestion {
        public Numeric {
            // The order names period marks 3 to 5 and the lowest, 2; a 1 is a current mark only.
            if (value < 2 || value > 5) {
                throw new IllegalArgumentException("not a period mark: " + value);
            }
        }
    }

    /** No suggestion; {@code reasonKey} is a key of the {@code messages} bundle. */
    public record NotEnoughData(String reasonKey) implements Suggestion {}

    /** The special period marks of the order, with the labels printed in the journal. */
    public enum Special implements PeriodMark {
        /** «осв»: exempt from the subject, or mastered it. */
        EXEMPT("осв"),
        /** «н/а»: not attested. */
        NOT_ATTESTED("н/а");

        private final String label;

        Special(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The suggestion with what it came from, so the screen can show the average and its inputs.
     *
     * @param average weighted average rounded half up to 2 decimals, null without marks
     * @param weights the weight applied to each work type among the marks
     */
    public record Result(
            Suggestion suggestion,
            BigDecimal average,
            int count,
            List<GivenMark> marks,
            Map<String, BigDecimal> weights) {}

    public Result suggest(List<GivenMark> marks) {
        List<GivenMark> inputs = List.copyOf(marks);
        Map<String, BigDecimal> applied = new LinkedHashMap<>();
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (GivenMark m : inputs) {
            BigDecimal weight = weights.getOrDefault(m.workType(), BigDecimal.ONE);
            applied.put(m.workType(), weight);
            weightedSum = weightedSum.add(weight.multiply(BigDecimal.valueOf(m.value())));
            totalWeight = totalWeight.add(weight);
        }
        if (inputs.isEmpty()) {
            return new Result(new NotEnoughData(NO_MARKS), null, 0, inputs, Map.of());
        }
        int mark = LOWEST_PERIOD_MARK;
        for (BigDecimal threshold : THRESHOLDS) {
            if (weightedSum.compareTo(threshold.multiply(totalWeight)) >= 0) {
                mark++;
            }
        }
        BigDecimal average = weightedSum.divide(totalWeight, 2, RoundingMode.HALF_UP);
        return new Result(
                new Numeric(mark),
                average,
                inputs.size(),
                inputs,
                Collections.unmodifiableMap(applied));
    }
}
