package org.schooljournal.journal.control;

import org.schooljournal.audit.entity.AuditEntry;

/** A test-only class in the journal feature that uses the audit above it: a cycle on purpose. */
public class CycleProbe {
    public long seqOf(AuditEntry entry) {
        return entry.getSeq();
    }
}
