package org.schooljournal.school.boundary;

/**
 * A class of the school as lists show it, with its homeroom teacher (R-S05): the staff id and short
 * name, both null when the class has none.
 */
public record ClassSummary(
        long id, String title, long pupils, Long classTeacherId, String classTeacher) {}
