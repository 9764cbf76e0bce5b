package org.schooljournal.controlworks.boundary;

import java.time.LocalDate;

/** A control work of the schedule (R-S12). */
public record ControlWorkData(
        long id,
        long classId,
        String schoolClass,
        long subjectId,
        String subject,
        LocalDate date,
        String form,
        String topic)
        implements java.io.Serializable {}
