package org.schooljournal.school.boundary;

/** A class of the school as lists show it. */
public record ClassSummary(long id, String title, long pupils) {}
