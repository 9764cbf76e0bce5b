package org.schooljournal.journal.control;

import org.schooljournal.journal.entity.Lesson;

/**
 * A change to journal data, fired as a CDI event by the journal's services in their own transaction
 * (R-A08). The audit feature above the journal observes it synchronously and records it, so the
 * change and its entry are stored together or not at all, and the journal knows nothing of how it
 * is recorded (issue 9 item 1, as cargotracker's {@code cargoUpdated}).
 *
 * @param journalId the journal (teaching assignment) changed
 * @param lessonId its lesson, or null for data of the journal that belongs to no lesson (period
 *     marks, the lock, a signature)
 * @param pupilId the pupil of the cell, or null
 * @param detail what else names the place (a work type, a period's title, «moved»)
 */
public record JournalChange(
        Subject subject,
        long journalId,
        Long lessonId,
        Long pupilId,
        String detail,
        String oldValue,
        String newValue) {
    /** What was changed. The audit trail stores its name. */
    public enum Subject {
        MARK,
        ATTENDANCE,
        TOPIC,
        HOMEWORK,
        PERIOD_MARK,
        LOCK,
        SUBSTITUTION,
        /** R-J14: a journal's period signed. */
        SIGNATURE
    }

    /** A change of a lesson's data, or of a cell's when {@code pupilId} is given. */
    public static JournalChange of(
            Subject subject,
            Lesson lesson,
            Long pupilId,
            String detail,
            String oldValue,
            String newValue) {
        return new JournalChange(
                subject, lesson.journalId(), lesson.getId(), pupilId, detail, oldValue, newValue);
    }
}
