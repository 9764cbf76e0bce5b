package org.schooljournal.school.boundary;

/** A room as lists show it, with the number of weekly timetable slots held in it. */
public record RoomData(
        long id,
        String name,
        Integer floor,
        String description,
        Integer capacity,
        long timetableEntries) {}
