package org.schooljournal.demo.control;

/**
 * A teacher teaching a subject to a class.
 *
 * @param index position in {@link DemoSchool#assignments()}
 * @param hoursPerWeek lessons a week in the class's timetable
 */
public record DemoAssignment(
        int index,
        DemoStaff teacher,
        DemoSubject subject,
        DemoClass schoolClass,
        int hoursPerWeek) {}
