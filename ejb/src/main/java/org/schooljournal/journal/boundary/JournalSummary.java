package org.schooljournal.journal.boundary;

/** One journal a user may open: a subject taught to a class. */
public record JournalSummary(
        long assignmentId, String classTitle, String subject, String teacher) {}
