package org.schooljournal.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Objects;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.school.entity.School;

/**
 * Records a change to journal data in the caller's transaction (R-A08), so a change and its entry
 * are stored together or not at all. A school's entries are chained one after another: the school
 * row is locked while an entry is added, so two teachers saving at once queue for a moment rather
 * than fork the chain.
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
        em.find(School.class, caller.schoolId(), LockModeType.PESSIMISTIC_WRITE);
        AuditEntry previous =
                em.createNamedQuery("AuditEntry.last", AuditEntry.class)
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
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
        entry.chainAfter(previous);
        em.persist(entry);
    }
}
