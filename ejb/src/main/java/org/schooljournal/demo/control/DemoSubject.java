package org.schooljournal.demo.control;

import org.schooljournal.school.entity.Grading;

/**
 * A subject taught in a school.
 *
 * @param index position in {@link DemoSchool#subjects()}
 */
public record DemoSubject(int index, String name, Grading grading) {}
