package org.schooljournal.school.boundary;

import org.schooljournal.school.entity.Grading;

/**
 * A subject of the school (R-S03): its grading system, whether it is of the federal list, in how
 * many teaching assignments it is taught, and the minutes its homework counts when the teacher
 * gives none (R-C01's homework volume, {@code HomeworkNorms}; null: the model's default).
 */
public record SubjectData(
        long id,
        String name,
        Grading grading,
        boolean federal,
        long assignments,
        Integer homeworkMinutes)
        implements java.io.Serializable {}
