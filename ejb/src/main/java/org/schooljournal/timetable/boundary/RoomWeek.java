package org.schooljournal.timetable.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A room's week (R-S11): what is taught in it in each slot, and the rooms to choose from (those of
 * the school's list and those the timetable names).
 */
public record RoomWeek(String room, WeekGrid week, List<String> rooms) implements Serializable {}
