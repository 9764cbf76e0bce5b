package org.schooljournal.school.boundary;

import org.schooljournal.school.entity.Grading;
import org.schooljournal.school.entity.Subject;

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
        implements java.io.Serializable {
    /** The most minutes a subject's homework may count (the screen's input stops there too). */
    public static final int HOMEWORK_MINUTES_MAX = Subject.HOMEWORK_MINUTES_MAX;
}
