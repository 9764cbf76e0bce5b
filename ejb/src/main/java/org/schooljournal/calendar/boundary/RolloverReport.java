package org.schooljournal.calendar.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a year rollover did (issue 3 item 13).
 *
 * @param yearCreated whether the next year was created by the rollover
 * @param moves the classes moved up
 * @param graduated the graduated classes with the number of pupils who left with "выпуск" on {@code
 *     graduationDate}
 * @param timetableEntriesToRevise timetable entries kept, to revise: the subjects change with the
 *     grade
 * @param assignmentsKept teaching assignments kept
 */
public record RolloverReport(
        long fromYearId,
        String fromYear,
        long toYearId,
        String toYear,
        boolean yearCreated,
        LocalDate graduationDate,
        List<RolloverPreview.ClassMove> moves,
        List<RolloverPreview.GraduatingClass> graduated,
        long timetableEntriesToRevise,
        long assignmentsKept,
        OffsetDateTime doneAt,
        String doneBy) {}
