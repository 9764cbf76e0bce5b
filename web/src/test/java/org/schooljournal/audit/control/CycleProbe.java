package org.schooljournal.audit.control;

import org.schooljournal.journal.entity.Lesson;

/** A test-only class in the audit feature that uses the journal above it: a cycle on purpose. */
public class CycleProbe {
    public long journalOf(Lesson lesson) {
        return lesson.getAssignment().getId();
    }
}
