package org.schooljournal.diary.boundary;

/** A pupil whose diary the caller may read. */
public record Child(long pupilId, String name, String classTitle) {}
