package org.schooljournal.demo.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A lesson of a teaching assignment, with the marks given in it.
 *
 * @param number the lesson's number in the class's day, 1 to 7
 * @param homework {@code null} for subjects without homework
 */
public record DemoLesson(
        DemoAssignment assignment,
        LocalDate date,
        int number,
        String topic,
        String homework,
        List<DemoMark> marks) {}
