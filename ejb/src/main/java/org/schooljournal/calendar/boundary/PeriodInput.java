package org.schooljournal.calendar.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.PeriodKind;

/** A study period of a new plan; the plan as a whole is checked by {@link YearPlan}. */
public record PeriodInput(
        @NotNull PeriodKind kind,
        @Min(1) int number,
        @Min(1) @Max(11) int gradeFrom,
        @Min(1) @Max(11) int gradeTo,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {

    /**
     * Written out so that the components' constraints stay on the fields, where Bean Validation
     * checks them, and off the constructor's parameters: Payara 6.2025's OpenAPI scanner fails on a
     * constrained parameter that is not a path parameter, and {@code /openapi} with it.
     */
    public PeriodInput(
            PeriodKind kind,
            int number,
            int gradeFrom,
            int gradeTo,
            LocalDate startsOn,
            LocalDate endsOn) {
        this.kind = kind;
        this.number = number;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public YearPlan.Period toPeriod() {
        return new YearPlan.Period(kind, number, gradeFrom, gradeTo, startsOn, endsOn);
    }

    public static PeriodInput of(YearPlan.Period p) {
        return new PeriodInput(
                p.kind(), p.number(), p.gradeFrom(), p.gradeTo(), p.startsOn(), p.endsOn());
    }
}
