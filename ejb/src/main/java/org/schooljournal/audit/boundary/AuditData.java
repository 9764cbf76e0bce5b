package org.schooljournal.audit.boundary;

import java.time.Instant;
import java.util.Locale;
import org.schooljournal.journal.control.ChangeValue;
import org.schooljournal.journal.control.JournalChange;

/**
 * One audit entry as the deputy, the head or the journal's teacher reads it (R-A08); values that
 * are codes (a period closed, a mark deferred, a journal signed) are put into words by {@link #in}.
 */
public record AuditData(
        /** The position in the school's chain; null while the sequencer has not reached it. */
        Long seq,
        Instant at,
        String actor,
        String remoteAddress,
        String subject,
        Long lessonId,
        Long pupilId,
        String detail,
        String oldValue,
        String newValue) {
    /** The same entry with its coded values in the words of {@code locale} (ChangeValue). */
    public AuditData in(Locale locale) {
        JournalChange.Subject of = JournalChange.Subject.valueOf(subject);
        return new AuditData(
                seq,
                at,
                actor,
                remoteAddress,
                subject,
                lessonId,
                pupilId,
                detail,
                ChangeValue.shown(of, oldValue, locale),
                ChangeValue.shown(of, newValue, locale));
    }
}
