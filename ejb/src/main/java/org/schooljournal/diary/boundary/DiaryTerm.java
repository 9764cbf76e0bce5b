package org.schooljournal.diary.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The diary's tabs for the study period holding a date (R-D01): marks by subject with the weighted
 * average and the period and year marks, missed lessons by reason, the class's teachers and the
 * weekly timetable. {@code period} is null outside every study period (the summer).
 */
public record DiaryTerm(
        Child child,
        Period period,
        List<Subject> subjects,
        List<Absences> absences,
        String classTeacher,
        List<Teacher> teachers,
        List<Slot> timetable)
        implements Serializable {

    /** The study period: its kind (QUARTER, HALF_YEAR, TRIMESTER), number and dates. */
    public record Period(String kind, int number, LocalDate from, LocalDate to)
            implements Serializable {}

    /** A subject's marks of the period in date order, their weighted average, the final marks. */
    public record Subject(
            String subject,
            List<Mark> marks,
            BigDecimal average,
            String periodMark,
            String yearMark)
            implements Serializable {}

    /** A mark on its date with its work type. */
    public record Mark(LocalDate date, String value, String workType) implements Serializable {}

    /** Missed lessons of a subject by reason (journal codes Б, УП, НП) and lateness (ОП). */
    public record Absences(String subject, int illness, int excused, int unexcused, int late)
            implements Serializable {
        public int missed() {
            return illness + excused + unexcused;
        }
    }

    /** Who teaches the pupil a subject. */
    public record Teacher(String subject, String name) implements Serializable {}

    /** A slot of the weekly timetable (ISO weekday, 1 = Monday) at its bells. */
    public record Slot(
            int weekday,
            int number,
            LocalTime start,
            LocalTime end,
            String subject,
            String room,
            String teacher)
            implements Serializable {}
}
