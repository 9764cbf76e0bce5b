package org.schooljournal.demo.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.schooljournal.calendar.control.YearPlan;

/**
 * A pupil's period mark in a journal, set as the rule suggests from the period's marks (R-J07).
 *
 * @param enteredBy the journal teacher's login
 */
public record DemoPeriodMark(
        DemoAssignment assignment,
        YearPlan.Period period,
        DemoPupil pupil,
        String value,
        BigDecimal average,
        OffsetDateTime enteredAt,
        String enteredBy) {}
