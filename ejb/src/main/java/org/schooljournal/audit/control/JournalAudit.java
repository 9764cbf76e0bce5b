package org.schooljournal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.schooljournal.journal.control.JournalChange;

/**
 * Records every change the journal fires (R-A08). The observer is synchronous: it runs in the
 * firing service's thread and JTA transaction, so a change and its entry commit or roll back
 * together, and a failure to record refuses the change. Made once: a dependent observer is made
 * anew, with its trail, for every change fired (Payara's resource injection each time: 1 % of a
 * save's CPU, issue 11); the trail keeps no state of its own.
 */
@ApplicationScoped
public class JournalAudit {
    @Inject AuditTrail trail;

    void record(@Observes JournalChange change) {
        trail.changed(
                change.subject(),
                change.journalId(),
                change.lessonId(),
                change.pupilId(),
                change.detail(),
                change.oldValue(),
                change.newValue());
    }
}
