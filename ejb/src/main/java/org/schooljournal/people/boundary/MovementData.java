package org.schooljournal.people.boundary;

import java.time.LocalDate;

/** A pupil's movement as its history lists it. */
public record MovementData(
        String kind,
        LocalDate onDate,
        String fromClass,
        String toClass,
        String note,
        String recordedBy) {}
