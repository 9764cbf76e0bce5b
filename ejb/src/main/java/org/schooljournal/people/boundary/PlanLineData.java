package org.schooljournal.people.boundary;

import java.math.BigDecimal;

/**
 * A line of a pupil's individual study plan (R-S07): the subject, how it departs from the class
 * (INDIVIDUAL or NOT_STUDIED), the weekly hours and the group the pupil is taught in (null when not
 * studied).
 */
public record PlanLineData(
        long id,
        long pupilId,
        String pupil,
        String classTitle,
        long subjectId,
        String subject,
        String mode,
        BigDecimal hours,
        Long groupId,
        String note)
        implements java.io.Serializable {}
