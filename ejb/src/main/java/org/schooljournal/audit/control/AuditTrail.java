package org.schooljournal.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Objects;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.platform.control.Caller;

/**
 * Records a change to journal data in the caller's transaction (R-A08), so a change and its entry
 * are stored together or not at all: once the save is acknowledged, its entry is durable. The entry
 * is stored pending and takes no lock: two teachers of a school saving at once do not wait for each
 * other (issue 11). Its position and hashes in the school's chain are given afterwards by the one
 * {@link AuditSequencer}.
 */
@Dependent
public class AuditTrail {
    @Inject EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    /**
     * Records {@code oldValue} → {@code newValue} of a journal's data (a lesson's, a cell's, or
     * data that belongs to no lesson: period marks, the lock), if changed.
     */
    public void changed(
            JournalChange.Subject subject,
            long assignmentId,
            Long lessonId,
            Long pupilId,
            String detail,
            String oldValue,
            String newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        AuditEntry entry =
                new AuditEntry(
                        clock.instant(),
                        caller.login(),
                        caller.remoteAddress(),
                        subject,
                        assignmentId,
                        lessonId,
                        pupilId,
                        detail,
                        oldValue,
                        newValue);
        em.persist(entry);
    }
}
