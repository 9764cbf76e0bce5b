package org.schooljournal.school.boundary;

import java.math.BigDecimal;

/**
 * A line of the curriculum (R-S08): a subject of a grade and profile ('' is the basic plan) with
 * its weekly hours.
 */
public record CurriculumLineData(
        long id, int grade, String profile, long subjectId, String subjectName, BigDecimal hours)
        implements java.io.Serializable {}
