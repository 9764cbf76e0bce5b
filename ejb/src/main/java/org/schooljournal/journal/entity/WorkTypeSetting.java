package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * How a school uses one work type (R-J02, R-J07): whether its teachers give marks for it, and its
 * weight in the period average (journal conventions: a control work may count more than an answer
 * in class). A work type without a setting is used and weighs 1. The answer in class is the mark
 * without a letter, so it cannot be switched off; a weight lies between 0.1 and 10 with at most two
 * decimals (a zero would drop marks from the average, a large one make the others meaningless).
 */
@Entity
@Table(name = "work_type_setting")
@NamedQuery(name = "WorkTypeSetting.all", query = "select s from WorkTypeSetting s")
public class WorkTypeSetting extends SchoolOwned {
    public static final BigDecimal MIN_WEIGHT = new BigDecimal("0.1");
    public static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;
    public static final BigDecimal DEFAULT_WEIGHT = BigDecimal.ONE;
    static final String WEIGHT_RANGE = "workTypes.weight.range";
    static final String WEIGHT_DECIMALS = "workTypes.weight.decimals";
    static final String ANSWER_USED = "workTypes.answerUsed";

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type")
    private WorkType workType;

    private boolean used;

    private BigDecimal weight;

    protected WorkTypeSetting() {}

    /**
     * @throws JournalException (INVALID) {@code workTypes.weight.range}, {@code
     *     workTypes.weight.decimals} or {@code workTypes.answerUsed}, see {@link #check}
     */
    public WorkTypeSetting(WorkType workType, boolean used, BigDecimal weight) {
        check(workType, used, weight);
        this.workType = workType;
        this.used = used;
        this.weight = weight;
    }

    /** Changes the use and the weight, under the same rules as a new setting. */
    public void change(boolean used, BigDecimal weight) {
        check(workType, used, weight);
        this.used = used;
        this.weight = weight;
    }

    /**
     * The rules of a setting, for checking a whole list before anything is stored.
     *
     * @throws JournalException (INVALID) {@code workTypes.weight.range} for a weight missing or
     *     outside 0.1…10, {@code workTypes.weight.decimals} for more than two decimals, {@code
     *     workTypes.answerUsed} when the answer in class is switched off
     */
    public static void check(WorkType workType, boolean used, BigDecimal weight) {
        Objects.requireNonNull(workType, "workType");
        if (weight == null
                || weight.compareTo(MIN_WEIGHT) < 0
                || weight.compareTo(MAX_WEIGHT) > 0) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    WEIGHT_RANGE,
                    workType.name(),
                    weight == null ? "—" : weight.toPlainString());
        }
        if (weight.stripTrailingZeros().scale() > 2) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    WEIGHT_DECIMALS,
                    workType.name(),
                    weight.toPlainString());
        }
        if (workType == WorkType.ANSWER && !used) {
            throw new JournalException(JournalException.Kind.INVALID, ANSWER_USED);
        }
    }

    public WorkType getWorkType() {
        return workType;
    }

    public boolean isUsed() {
        return used;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
