package org.schooljournal.school.boundary;

import org.schooljournal.school.entity.Grading;

/**
 * A subject of the school (R-S03): its grading system, whether it is of the federal list, and in
 * how many teaching assignments it is taught.
 */
public record SubjectData(long id, String name, Grading grading, boolean federal, long assignments)
        implements java.io.Serializable {}
