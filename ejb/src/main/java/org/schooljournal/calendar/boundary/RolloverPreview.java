package org.schooljournal.calendar.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What a year rollover will do (issue 3 item 13): the classes moving up, the graduating classes
 * with their pupils, and what is carried over as it is.
 *
 * @param toYearId the next year's id, or null when the rollover will create it (the standard year)
 * @param yearEnded whether the year being closed has ended (the rollover is allowed before, but the
 *     screen warns)
 * @param moves current classes and what they become (5 «А» → 6 «А»)
 * @param graduating grade-11 classes and how many pupils leave with "выпуск" on {@code
 *     graduationDate}
 * @param timetableEntries weekly timetable entries kept, to revise (the subjects change with the
 *     grade)
 * @param assignments teaching assignments kept
 * @param lessonPlans calendar-thematic plans of the year, copied to the next year by the web layer
 * @param rooms rooms, kept as they are
 * @param staff staff members, kept as they are
 * @param subjects subjects, kept as they are
 */
public record RolloverPreview(
        long fromYearId,
        String fromYear,
        Long toYearId,
        String toYear,
        boolean yearEnded,
        LocalDate graduationDate,
        List<ClassMove> moves,
        List<GraduatingClass> graduating,
        long timetableEntries,
        long assignments,
        long lessonPlans,
        long rooms,
        long staff,
        long subjects) {

    /** A class moving up, with what it keeps. */
    public record ClassMove(
            long classId, String from, String to, long timetableEntries, long assignments) {}

    /** A grade-11 class that graduates, with its pupils still at school. */
    public record GraduatingClass(long classId, String title, long pupils) {}

    /** Whether the next year will be created by the rollover. */
    public boolean createsYear() {
        return toYearId == null;
    }
}
