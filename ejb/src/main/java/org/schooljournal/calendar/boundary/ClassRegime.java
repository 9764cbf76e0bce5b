package org.schooljournal.calendar.boundary;

/** A class's working regime (R-S10): week days, shift and bell schedule (null: the main one). */
public record ClassRegime(
        long classId,
        String title,
        int weekDays,
        int shift,
        Long scheduleId,
        String scheduleName) {}
