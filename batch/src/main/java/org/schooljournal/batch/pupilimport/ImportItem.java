package org.schooljournal.batch.pupilimport;

/** What the job's processor hands to its writer: a pupil to enrol, or why a row is skipped. */
public sealed interface ImportItem permits Applicant, RowIssue {
    int rowNumber();
}
