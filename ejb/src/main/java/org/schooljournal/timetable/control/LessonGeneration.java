package org.schooljournal.timetable.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * R-S11: the lessons of a date range, generated from the weekly timetable on study days only (never
 * in holidays or on days off, R-S02). Re-running after a change is idempotent: lessons that are
 * still planned are kept, missing ones created, and lessons no longer planned are deleted only when
 * nothing was recorded in them; a lesson holding marks is never lost, it is reported as a conflict
 * instead.
 */
public final class LessonGeneration {
    /** Whether pupils of a grade with a five- or six-day week study on a date. */
    @FunctionalInterface
    public interface StudyDays {
        boolean isStudyDay(int grade, int weekDays, LocalDate date);
    }

    /** A timetable slot with what generation needs to know of its class. */
    public record WeeklySlot(
            long assignmentId, int grade, int weekDays, java.time.DayOfWeek weekday, int number) {}

    /**
     * What a run does: lessons to create, lessons to delete, and recorded lessons kept in conflict.
     */
    public record Plan(
            List<PlannedLesson> create,
            List<Long> delete,
            int kept,
            List<ExistingLesson> conflicts) {}

    private LessonGeneration() {}

    public static Plan plan(
            List<WeeklySlot> timetable,
            StudyDays studyDays,
            LocalDate from,
            LocalDate to,
            List<ExistingLesson> existing) {
        Set<PlannedLesson> wanted = new LinkedHashSet<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (WeeklySlot slot : timetable) {
                if (slot.weekday() == date.getDayOfWeek()
                        && studyDays.isStudyDay(slot.grade(), slot.weekDays(), date)) {
                    wanted.add(new PlannedLesson(slot.assignmentId(), date, slot.number()));
                }
            }
        }
        Set<PlannedLesson> present = new HashSet<>();
        List<Long> delete = new ArrayList<>();
        List<ExistingLesson> conflicts = new ArrayList<>();
        int kept = 0;
        for (ExistingLesson lesson : existing) {
            if (wanted.contains(lesson.key())) {
                present.add(lesson.key());
                kept++;
            } else if (lesson.recorded()) {
                conflicts.add(lesson);
            } else {
                delete.add(lesson.id());
            }
        }
        List<PlannedLesson> create = wanted.stream().filter(p -> !present.contains(p)).toList();
        return new Plan(create, delete, kept, conflicts);
    }
}
