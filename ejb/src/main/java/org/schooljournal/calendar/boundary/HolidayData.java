package org.schooljournal.calendar.boundary;

import java.time.LocalDate;
import org.schooljournal.calendar.entity.HolidayKind;

/** Stored holidays or a day off, for a range of grades. */
public record HolidayData(
        long id,
        HolidayKind kind,
        String name,
        int gradeFrom,
        int gradeTo,
        LocalDate startsOn,
        LocalDate endsOn) {}
