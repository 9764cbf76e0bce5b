package org.schooljournal.school.boundary;

import java.math.BigDecimal;

/**
 * A teaching assignment with its weekly hours (R-S08); hours are null while not set. {@code
 * classId} is null for a stream; {@code classTitle} names the class or the group taught.
 */
public record AssignmentLoad(
        long id,
        long teacherId,
        String teacherName,
        Long classId,
        String classTitle,
        long subjectId,
        String subjectName,
        BigDecimal hours)
        implements java.io.Serializable {}
