package org.schooljournal.batch.boundary;

/** A school the caller may open in the archive browser. */
public record SchoolChoiceData(long id, String name) {}
