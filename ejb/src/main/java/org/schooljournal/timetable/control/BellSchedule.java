package org.schooljournal.timetable.control;

import java.time.LocalTime;

/**
 * When each lesson of the day begins and ends (R-S10). For now one schedule for every class: the
 * usual first shift of 40-minute lessons from 08:30 with 10-minute breaks and a 20-minute break
 * after the 2nd and 3rd lessons; per-class and second-shift schedules are a later step.
 */
public final class BellSchedule {
    private static final LocalTime[] STARTS = {
        LocalTime.of(8, 30), LocalTime.of(9, 20), LocalTime.of(10, 20), LocalTime.of(11, 20),
        LocalTime.of(12, 10), LocalTime.of(13, 0), LocalTime.of(13, 50), LocalTime.of(14, 40)
    };
    public static final int LESSON_MINUTES = 40;

    private BellSchedule() {}

    public static LocalTime start(int lessonNumber) {
        return STARTS[lessonNumber - 1];
    }

    public static LocalTime end(int lessonNumber) {
        return start(lessonNumber).plusMinutes(LESSON_MINUTES);
    }
}
