package org.schooljournal.people.boundary;

import java.time.LocalDate;

/** A pupil of a class as the movement screen lists it. */
public record PupilSummary(long id, String name, LocalDate birthDate, LocalDate withdrawnOn) {}
