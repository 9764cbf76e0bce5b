package org.schooljournal.calendar.web;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an editable row of the year plan (a study period, a holiday) shares: the grades it applies
 * to and its dates. The kind stays in each row, typed: the select's enum converter needs the
 * property's own type, which a generic one here would hide.
 */
public abstract class PlanRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer gradeFrom;
    private Integer gradeTo;
    private LocalDate startsOn;
    private LocalDate endsOn;

    PlanRow(Integer gradeFrom, Integer gradeTo, LocalDate startsOn, LocalDate endsOn) {
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Every field the plan needs is filled in (the row's own ones too). */
    abstract boolean isComplete();

    /** The grades and both dates are filled in. */
    boolean rangeComplete() {
        return gradeFrom != null && gradeTo != null && startsOn != null && endsOn != null;
    }

    public Integer getGradeFrom() {
        return gradeFrom;
    }

    public void setGradeFrom(Integer gradeFrom) {
        this.gradeFrom = gradeFrom;
    }

    public Integer getGradeTo() {
        return gradeTo;
    }

    public void setGradeTo(Integer gradeTo) {
        this.gradeTo = gradeTo;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
