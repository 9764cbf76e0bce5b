package org.schooljournal.batch.boundary;

/** A skipped row of an import and why, in the reader's language. */
public record ImportIssue(int rowNumber, String message) {}
