package org.schooljournal.demo.control;

/** A line of a school's curriculum (R-S08): a subject's lessons a week in a grade. */
public record DemoCurriculumLine(int grade, DemoSubject subject, int hoursPerWeek) {}
