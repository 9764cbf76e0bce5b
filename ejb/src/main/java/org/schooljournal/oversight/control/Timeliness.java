package org.schooljournal.oversight.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.schooljournal.journal.control.EntryDeadline;
import org.schooljournal.journal.entity.WorkType;

/**
 * R-C01, R-C02: whether a journal entry of a lesson was made in time, judged from the times the
 * audit trail recorded for it (its first entry and its last change), never from what the teacher
 * typed. The deadlines themselves are the journal's ({@link EntryDeadline}, the order's items 2, 4,
 * 7, 9 and 10): the topic and attendance on the day of the lesson, a mark the same day (a control
 * work within 5 days, a written work or dictation within 7), homework within 3 hours after the
 * class's last lesson of the day.
 */
public final class Timeliness {
    /** What is checked about a lesson. */
    public enum Kind {
        TOPIC,
        MARK,
        HOMEWORK,
        ATTENDANCE
    }

    /** What was found; null from {@link #judge} means in time. */
    public enum Finding {
        /** First entered after the deadline. */
        LATE,
        /**
         * Entered in time, but changed after the deadline (the change counts by its audit time).
         */
        CHANGED_LATE,
        /** Nothing entered, and the deadline has passed. */
        MISSING
    }

    private Timeliness() {}

    /** The first instant that is too late for an entry of {@code kind}. */
    public static Instant deadline(
            Kind kind, WorkType workType, LocalDate date, LocalTime classDayEnds, ZoneId zone) {
        return switch (kind) {
            case TOPIC, ATTENDANCE -> EntryDeadline.forAttendance(date, zone);
            case MARK -> EntryDeadline.forMark(workType, date, zone);
            case HOMEWORK -> EntryDeadline.forHomework(date, classDayEnds, zone);
        };
    }

    /**
     * The finding for the entries of one kind in a lesson (its topic, its homework, its marks of
     * one work type, its absences): {@code lastCreated} is the audit time of the latest entry that
     * set a value where there was none, {@code lastChanged} of the latest that changed or removed
     * one (null: none); {@code present} whether a value is there now, at {@code now}. A value that
     * must be there (topic, homework or «Не задано») and is not, after its deadline, is missing;
     * marks and absences are not required of every lesson, so {@code required} is false for them.
     */
    public static Finding judge(
            Instant lastCreated,
            Instant lastChanged,
            boolean present,
            boolean required,
            Instant deadline,
            Instant now) {
        if (required && !present) {
            return now.isBefore(deadline) ? null : Finding.MISSING;
        }
        if (lastCreated != null && EntryDeadline.late(lastCreated, deadline)) {
            return Finding.LATE;
        }
        if (lastChanged != null && EntryDeadline.late(lastChanged, deadline)) {
            return Finding.CHANGED_LATE;
        }
        // in time, or a value without any audit entry (loaded before the trail existed)
        return null;
    }
}
