package org.schooljournal.audit.control;

/**
 * What the audit trail needs to know of a lesson: which journal it belongs to. The journal's lesson
 * implements it, so the trail does not depend on the journal feature above it.
 */
public interface AuditedLesson {
    Long getId();

    /** The journal (teaching assignment) of the lesson. */
    long journalId();
}
