package org.schooljournal.demo.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A lesson of a teaching assignment, with the marks given in it.
 *
 * @param number the lesson's number in the class's day, 1 to 8
 * @param topic {@code null} for a lesson still to come
 * @param homework {@code null} for subjects without homework and lessons still to come
 * @param givenBy the substitute who gave the lesson (R-J06), {@code null} when the journal's
 *     teacher did
 */
public record DemoLesson(
        DemoAssignment assignment,
        LocalDate date,
        int number,
        String topic,
        String homework,
        List<DemoMark> marks,
        DemoStaff givenBy) {}
