package org.schooljournal.school.boundary;

import java.math.BigDecimal;

/** A teaching assignment with its weekly hours (R-S08); hours are null while not set. */
public record AssignmentLoad(
        long id,
        long teacherId,
        String teacherName,
        long classId,
        String classTitle,
        long subjectId,
        String subjectName,
        BigDecimal hours)
        implements java.io.Serializable {}
