package org.schooljournal.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.RecordedChanges;

/** The journal's changes as the audit trail recorded them, read in the caller's transaction. */
@Dependent
public class AuditedChanges implements RecordedChanges {
    @Inject EntityManager em;

    @Override
    public List<JournalChange> movesOf(String slotPrefix) {
        return em
                .createNamedQuery("AuditEntry.movesOf", AuditEntry.class)
                .setParameter("subject", JournalChange.Subject.SUBSTITUTION)
                .setParameter("slot", slotPrefix + "%")
                .getResultList()
                .stream()
                .map(AuditedChanges::change)
                .toList();
    }

    @Override
    public List<Recorded> ofJournal(long journalId) {
        return em
                .createNamedQuery("AuditEntry.ofAssignment", AuditEntry.class)
                .setParameter("assignmentId", journalId)
                .getResultList()
                .stream()
                .map(e -> new Recorded(change(e), e.getActor(), e.getAt()))
                .toList();
    }

    private static JournalChange change(AuditEntry e) {
        return new JournalChange(
                e.getSubject(),
                e.getAssignmentId(),
                e.getLessonId(),
                e.getPupilId(),
                e.getDetail(),
                e.getOldValue(),
                e.getNewValue());
    }
}
