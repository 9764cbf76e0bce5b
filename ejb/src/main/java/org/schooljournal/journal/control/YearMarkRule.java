package org.schooljournal.journal.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The suggested year mark (годовая отметка, R-J12) from a pupil's period marks of the year, in the
 * periods' order. The order's rounding applies as for a period mark ({@link PeriodMarkRule}:
 * «средний балл 2,5 соответствует оценке 3; 3,5 — 4; 4,5 — 5», so an exact .5 rounds up), to the
 * plain mean of the numeric period marks, each period weighing the same.
 *
 * <ul>
 *   <li>a period without a mark, or with its mark deferred (R-J09), leaves the year without a
 *       suggestion: the year mark waits for it;
 *   <li>every period «осв» (or every period the same other non-numeric mark, such as «зч» of a
 *       pass/fail subject) suggests that mark;
 *   <li>otherwise the numeric period marks are averaged and the others («осв», «н/а») left out;
 *       with no numeric mark at all there is no suggestion and the teacher decides, giving a
 *       reason.
 * </ul>
 *
 * <p>Pure: no persistence, no container.
 */
public final class YearMarkRule {
    private final PeriodMarkRule rounding = new PeriodMarkRule();

    /**
     * @param periodMarks the value of each period's mark in order; null or blank for a missing or
     *     deferred one
     * @return the suggested year mark, or null when there is none
     */
    public String suggest(List<String> periodMarks) {
        if (periodMarks.isEmpty()) {
            return null;
        }
        List<PeriodMarkRule.GivenMark> numeric = new ArrayList<>();
        for (String v : periodMarks) {
            if (v == null || v.isBlank()) {
                return null;
            }
            if (isNumeric(v)) {
                numeric.add(new PeriodMarkRule.GivenMark(Integer.parseInt(v), "PERIOD"));
            }
        }
        if (numeric.isEmpty()) {
            String first = periodMarks.get(0);
            return periodMarks.stream().allMatch(first::equals) ? first : null;
        }
        return rounding.suggest(numeric).suggestion() instanceof PeriodMarkRule.Numeric n
                ? String.valueOf(n.value())
                : null;
    }

    /** Index of the first period without a mark (missing or deferred), or -1 when all are set. */
    public static int firstMissing(List<String> periodMarks) {
        for (int i = 0; i < periodMarks.size(); i++) {
            String v = periodMarks.get(i);
            if (v == null || v.isBlank()) {
                return i;
            }
        }
        return -1;
    }

    static boolean isNumeric(String v) {
        return v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '5';
    }
}
