package org.schooljournal.timetable.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.calendar.control.ClassBells;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * Journal lessons as an iCalendar file (R-S11): each at the bells of its class (R-S10), in the room
 * of its timetable slot. Built from the journal's lessons rather than the timetable, so lessons
 * generated before a timetable change still show where they happen.
 */
public final class LessonCalendar {
    /** Who reads the calendar, which decides how a lesson is titled. */
    public enum Reader {
        /** A class: «Математика (Иванова М. П.)». */
        CLASS,
        /** A teacher: «5 «А» · Математика». */
        TEACHER
    }

    private LessonCalendar() {}

    /**
     * The lessons, fetched with their assignment's subject, teacher, class and group, as an
     * iCalendar named {@code name}, in the zone of the school's {@code clock}.
     */
    public static String of(
            EntityManager em, String name, List<Lesson> lessons, Reader reader, Clock clock) {
        SlotRooms rooms =
                SlotRooms.of(
                        em,
                        lessons.stream().map(l -> l.getAssignment().getId()).distinct().toList());
        Map<Long, Long> classOfLesson = new HashMap<>();
        List<Calendar.Event> events =
                lessons.stream()
                        .map(
                                l -> {
                                    TeachingAssignment a = l.getAssignment();
                                    classOfLesson.put(
                                            l.getId(),
                                            a.getSchoolClass() == null
                                                    ? null
                                                    : a.getSchoolClass().getId());
                                    return new Calendar.Event(
                                            l.getId(),
                                            l.getDate(),
                                            l.getNumber(),
                                            reader == Reader.CLASS
                                                    ? a.getSubject().getName()
                                                            + " ("
                                                            + a.getTeacher().getShortName()
                                                            + ")"
                                                    : a.getTitle()
                                                            + " · "
                                                            + a.getSubject().getName(),
                                            rooms.room(a.getId(), l.getDate(), l.getNumber()));
                                })
                        .toList();
        Map<Long, BellSchedule> bells = ClassBells.byClass(em);
        return Calendar.of(name, clock, events, e -> bells.get(classOfLesson.get(e.lessonId())));
    }
}
