package org.schooljournal.batch.archive;

/** What happened to one book (or, for the check, one school's archive) in a job's report. */
public enum Outcome {
    /** printed for binding (or as a draft, see the line's draft flag) */
    PRINTED,
    /** not printed for the archive: a journal of the class is not closed; the detail names it */
    REFUSED,
    /** deposited in the archive (a restart finds the same bytes and gets the same document) */
    TRANSFERRED,
    /** not transferred: the class's year is not closed yet */
    NOT_CLOSED,
    /** the archive of the school checked intact */
    VERIFIED,
    /** a damaged, missing, added or reordered record, named in the detail */
    DAMAGED
}
