package org.schooljournal.timetable.boundary;

import java.io.Serializable;
import java.util.List;
import org.schooljournal.timetable.control.HoursCheck;

/**
 * The timetable against the curriculum and the load (R-S08, R-S11): each class and subject with its
 * weekly lessons and plan, and how many differ.
 */
public record HoursCheckData(List<HoursCheck.Row> rows, long flagged) implements Serializable {}
