package org.schooljournal.journal.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.schooljournal.journal.entity.WorkType;

/**
 * The order's deadlines for journal entries (subject teacher's instruction, items 2, 4, 9 and 10):
 * marks and attendance during the lesson or the same school day; control-work marks within 5 days
 * and written-work marks within a week of the work; homework within 3 hours after the class's
 * lessons end that day. Each deadline is the first instant that is too late; entries after it are
 * allowed but flagged (R-J03, R-J04, R-J05).
 */
public final class EntryDeadline {
    /** Homework may be entered this long after the class's last lesson of the day ends. */
    public static final int HOMEWORK_HOURS = 3;

    private EntryDeadline() {}

    /**
     * A mark for a work type in a lesson on {@code date}. A dictation counts as a written work: the
     * order gives written works a week, and a dictation is marked like one.
     */
    public static Instant forMark(WorkType type, LocalDate date, ZoneId zone) {
        int days =
                switch (type) {
                    case CONTROL_WORK -> 5;
                    case WRITTEN_WORK, DICTATION -> 7;
                    default -> 0;
                };
        return endOf(date.plusDays(days), zone);
    }

    /** Attendance is marked on the day of the lesson. */
    public static Instant forAttendance(LocalDate date, ZoneId zone) {
        return endOf(date, zone);
    }

    /**
     * Homework: 3 hours after {@code classDayEnds}, the end of the class's last lesson that day.
     */
    public static Instant forHomework(LocalDate date, LocalTime classDayEnds, ZoneId zone) {
        return date.atTime(classDayEnds).plusHours(HOMEWORK_HOURS).atZone(zone).toInstant();
    }

    public static boolean late(Instant enteredAt, Instant deadline) {
        return !enteredAt.isBefore(deadline);
    }

    private static Instant endOf(LocalDate date, ZoneId zone) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
