package org.schooljournal.calendar.boundary;

import java.time.LocalDate;
import org.schooljournal.calendar.entity.PeriodKind;

/** A stored study period; {@code title} is its Russian name, e.g. "2-я четверть (5–9 кл.)". */
public record StudyPeriodData(
        long id,
        long yearId,
        PeriodKind kind,
        int number,
        int gradeFrom,
        int gradeTo,
        LocalDate startsOn,
        LocalDate endsOn,
        String title) {}
