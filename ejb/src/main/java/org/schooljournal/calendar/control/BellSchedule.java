package org.schooljournal.calendar.control;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;

/**
 * When each lesson of the day begins and ends (R-S10): an immutable, checked list of periods.
 *
 * <p>A schedule is accepted only when its lessons are numbered 1..n (at most {@link #MAX_LESSONS})
 * without gaps, each lesson ends after it starts and lasts {@link #MIN_MINUTES} to {@link
 * #MAX_MINUTES} minutes, and no lesson starts before the previous one has ended.
 *
 * <p>Shift rule: a schedule belongs to the second shift when its first lesson starts at or after
 * {@link #SECOND_SHIFT_FROM} (12:00), otherwise to the first; a class may only follow a schedule of
 * its own shift.
 */
public final class BellSchedule {
    /** One lesson's bells. */
    public record Period(int number, LocalTime start, LocalTime end) {
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    public static final int MAX_LESSONS = 8;
    public static final int MIN_MINUTES = 20;
    public static final int MAX_MINUTES = 90;
    public static final LocalTime SECOND_SHIFT_FROM = LocalTime.NOON;

    /** The name the school's main schedule gets when the service creates it. */
    public static final String MAIN_NAME = "Основное расписание звонков";

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Minutes between lessons past the end of the schedule (see {@link #start(int)}). */
    private static final int BREAK_MINUTES = 10;

    private final List<Period> periods;

    private BellSchedule(List<Period> periods) {
        this.periods = periods;
    }

    /** Checks the periods against the rules above; a refusal names the lessons at fault. */
    public static BellSchedule of(List<Period> periods) {
        if (periods == null || periods.isEmpty() || periods.size() > MAX_LESSONS) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "bells.count",
                    periods == null ? 0 : periods.size(),
                    MAX_LESSONS);
        }
        for (Period p : periods) {
            if (Objects.requireNonNull(p).number() < 1 || p.number() > MAX_LESSONS) {
                throw new JournalException(
                        JournalException.Kind.INVALID, "bells.number", p.number(), MAX_LESSONS);
            }
        }
        List<Period> sorted =
                periods.stream().sorted(java.util.Comparator.comparingInt(Period::number)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Period p = sorted.get(i);
            if (i > 0 && p.number() == sorted.get(i - 1).number()) {
                throw new JournalException(
                        JournalException.Kind.INVALID, "bells.duplicate", p.number());
            }
            if (p.number() != i + 1) {
                throw new JournalException(JournalException.Kind.INVALID, "bells.gap", i + 1);
            }
            if (!p.end().isAfter(p.start())) {
                throw new JournalException(
                        JournalException.Kind.INVALID,
                        "bells.endBeforeStart",
                        p.number(),
                        time(p.start()),
                        time(p.end()));
            }
            long minutes = Duration.between(p.start(), p.end()).toMinutes();
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                throw new JournalException(
                        JournalException.Kind.INVALID,
                        "bells.length",
                        p.number(),
                        time(p.start()),
                        time(p.end()),
                        minutes,
                        MIN_MINUTES,
                        MAX_MINUTES);
            }
            if (i > 0 && p.start().isBefore(sorted.get(i - 1).end())) {
                Period previous = sorted.get(i - 1);
                throw new JournalException(
                        JournalException.Kind.INVALID,
                        "bells.overlap",
                        p.number(),
                        time(p.start()),
                        time(p.end()),
                        previous.number(),
                        time(previous.start()),
                        time(previous.end()));
            }
        }
        return new BellSchedule(sorted);
    }

    /** The usual first shift: 40-minute lessons from 08:30, longer breaks after the 2nd and 3rd. */
    public static BellSchedule standard() {
        return fortyMinutes(8, 30, 9, 20, 10, 20, 11, 20, 12, 10, 13, 0, 13, 50, 14, 40);
    }

    /** A template for the second shift: 40-minute lessons from 14:00. */
    public static BellSchedule secondShift() {
        return fortyMinutes(14, 0, 14, 50, 15, 50, 16, 40, 17, 30, 18, 20, 19, 10, 20, 0);
    }

    private static BellSchedule fortyMinutes(int... hoursAndMinutes) {
        List<Period> periods = new java.util.ArrayList<>();
        for (int i = 0; i < hoursAndMinutes.length; i += 2) {
            LocalTime start = LocalTime.of(hoursAndMinutes[i], hoursAndMinutes[i + 1]);
            periods.add(new Period(i / 2 + 1, start, start.plusMinutes(40)));
        }
        return of(periods);
    }

    public List<Period> periods() {
        return periods;
    }

    /** 1 or 2 by the start of the first lesson (see the class comment). */
    public int shift() {
        return periods.get(0).start().isBefore(SECOND_SHIFT_FROM) ? 1 : 2;
    }

    /**
     * Refuses ({@link JournalException.Kind#CONFLICT}) a schedule of the other shift for a class.
     */
    public void requireShift(int classShift, String classTitle, String scheduleName) {
        if (shift() != classShift) {
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    classShift == 2 ? "bells.shift.second" : "bells.shift.first",
                    classTitle,
                    scheduleName,
                    time(periods.get(0).start()),
                    time(SECOND_SHIFT_FROM));
        }
    }

    /**
     * When a lesson begins. A lesson past the schedule's last (the timetable allows up to {@link
     * #MAX_LESSONS}) follows it after a 10-minute break with the last lesson's length, so an export
     * never fails on a shorter schedule.
     */
    public LocalTime start(int lessonNumber) {
        if (lessonNumber < 1) {
            throw new IllegalArgumentException("lesson " + lessonNumber);
        }
        if (lessonNumber <= periods.size()) {
            return periods.get(lessonNumber - 1).start();
        }
        Period last = periods.get(periods.size() - 1);
        long length = Duration.between(last.start(), last.end()).toMinutes();
        int beyond = lessonNumber - periods.size();
        return last.end().plusMinutes(BREAK_MINUTES * (long) beyond + length * (long) (beyond - 1));
    }

    public LocalTime end(int lessonNumber) {
        if (lessonNumber <= periods.size()) {
            return periods.get(lessonNumber - 1).end();
        }
        Period last = periods.get(periods.size() - 1);
        return start(lessonNumber).plus(Duration.between(last.start(), last.end()));
    }

    static String time(LocalTime t) {
        return t.format(HH_MM);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BellSchedule other && periods.equals(other.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return "BellSchedule" + periods;
    }
}
