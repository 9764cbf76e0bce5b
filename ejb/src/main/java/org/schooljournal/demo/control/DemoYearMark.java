package org.schooljournal.demo.control;

import java.time.OffsetDateTime;

/**
 * A pupil's year mark in a journal, set as {@code YearMarkRule} suggests from the period marks
 * (R-J12).
 *
 * @param enteredBy the journal teacher's login
 */
public record DemoYearMark(
        DemoAssignment assignment,
        DemoPupil pupil,
        String value,
        OffsetDateTime enteredAt,
        String enteredBy) {}
