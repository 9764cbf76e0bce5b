package org.schooljournal.demo.control;

import java.util.List;

/** A lesson of the previous school year with the absences noted in it (R-J04). */
public record DemoPastLesson(DemoLesson lesson, List<DemoAttendance> attendance) {}
