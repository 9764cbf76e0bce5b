package org.schooljournal.diary.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A pupil's week in the diary (R-D01), Monday to Saturday, as one call assembles it: the children
 * the caller may switch between, each day's lessons in order with what the journal holds for this
 * pupil, the coming control works and the teachers' messages, unread first.
 */
public record DiaryWeek(
        List<Child> children,
        Child child,
        LocalDate monday,
        LocalDate today,
        List<Day> days,
        List<ControlWork> controlWorks,
        List<Message> messages)
        implements Serializable {

    /** A day: its lessons by number, or the holidays that free it. */
    public record Day(LocalDate date, String holiday, List<Lesson> lessons)
            implements Serializable {}

    /**
     * A lesson as the pupil has it. {@code substitute}: who gives it instead of {@code teacher}.
     * {@code movedFrom*}: the slot it was moved here from; {@code movedTo*}: set on a lesson of
     * this week's timetable that was moved away (it is then shown at its old slot, struck out).
     * {@code attendance}: the journal's code (Б, УП, НП, ОП) or null.
     */
    public record Lesson(
            long lessonId,
            int number,
            LocalTime start,
            LocalTime end,
            String subject,
            String room,
            String teacher,
            String substitute,
            String topic,
            String homework,
            boolean noHomework,
            List<Mark> marks,
            String attendance,
            LocalDate movedFromDate,
            Integer movedFromNumber,
            LocalDate movedToDate,
            Integer movedToNumber,
            String controlWork)
            implements Serializable {

        public boolean isMovedHere() {
            return movedFromDate != null;
        }

        public boolean isMovedAway() {
            return movedToDate != null;
        }
    }

    /** A mark with its work type (the enum's name, e.g. CONTROL_WORK). */
    public record Mark(String value, String workType) implements Serializable {}

    /** A control work of the class's internal control schedule (R-S12). */
    public record ControlWork(LocalDate date, String subject, String form, String topic)
            implements Serializable {}

    /** A teacher's message or recommendation; {@code unread} since the diary was last opened. */
    public record Message(
            long id,
            String kind,
            String subject,
            String teacher,
            String body,
            Instant createdAt,
            boolean unread)
            implements Serializable {}
}
