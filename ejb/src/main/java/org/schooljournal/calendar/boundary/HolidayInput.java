package org.schooljournal.calendar.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.HolidayKind;

/** Holidays or a day off of a new plan, for grades {@code gradeFrom..gradeTo}. */
public record HolidayInput(
        @NotNull HolidayKind kind,
        @NotBlank @Size(max = 200) String name,
        @Min(1) @Max(11) int gradeFrom,
        @Min(1) @Max(11) int gradeTo,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn) {

    /**
     * Written out to keep the constraints off the constructor's parameters, as {@link
     * PeriodInput}'s.
     */
    public HolidayInput(
            HolidayKind kind,
            String name,
            int gradeFrom,
            int gradeTo,
            LocalDate startsOn,
            LocalDate endsOn) {
        this.kind = kind;
        this.name = name;
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public YearPlan.Holiday toHoliday() {
        return new YearPlan.Holiday(kind, name, gradeFrom, gradeTo, startsOn, endsOn);
    }

    public static HolidayInput of(YearPlan.Holiday h) {
        return new HolidayInput(
                h.kind(), h.name(), h.gradeFrom(), h.gradeTo(), h.startsOn(), h.endsOn());
    }
}
