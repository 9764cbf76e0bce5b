package org.schooljournal.journal.control;

import java.time.Instant;
import java.util.List;

/**
 * What the journal reads back of its recorded changes (R-A08): the lessons a substitution moved and
 * what changed after a signature. The audit feature above the journal, which records every {@link
 * JournalChange}, implements it, so the journal does not depend on how changes are stored.
 */
public interface RecordedChanges {
    /** A change as recorded: by whom and when. */
    record Recorded(JournalChange change, String actor, Instant at) {}

    /**
     * The school's lessons moved from or to a slot whose value starts with {@code slotPrefix}
     * («2026-03-10 #»), oldest first.
     */
    List<JournalChange> movesOf(String slotPrefix);

    /** The journal's recorded changes, oldest first. */
    List<Recorded> ofJournal(long journalId);
}
