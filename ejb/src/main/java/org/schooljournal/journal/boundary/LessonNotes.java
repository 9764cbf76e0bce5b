package org.schooljournal.journal.boundary;

import static org.schooljournal.journal.control.JournalChange.Subject.HOMEWORK;
import static org.schooljournal.journal.control.JournalChange.Subject.TOPIC;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.control.LessonAccess;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.Role;

/**
 * A lesson's topic and homework (R-J02, R-J03), written by the journal's teacher: homework text or
 * the explicit «Не задано»; homework entered later than 3 hours after the class's lessons end is
 * kept but flagged.
 */
@Stateless
@Tenanted
@RolesAllowed(Role.TEACHER)
public class LessonNotes {
    @Inject LessonAccess access;

    /** R-A08: every change is recorded by whoever observes it (the audit trail). */
    @Inject Event<JournalChange> changes;

    /** Homework as the trail records it: the text, «Не задано», or nothing. */
    private static String homeworkText(Lesson lesson) {
        return lesson.isNoHomework() ? NOT_ASSIGNED : lesson.getHomework();
    }

    static final String NOT_ASSIGNED = "Не задано";

    public EntryData describe(
            long lessonId,
            @Size(max = Lesson.MAX_TOPIC) String topic,
            @Size(max = Lesson.MAX_HOMEWORK) String homework,
            boolean noHomework) {
        Lesson lesson = access.writable(lessonId);
        return describe(lesson, topic, homework, noHomework);
    }

    /**
     * As {@link #describe(long, String, String, boolean)}, with the minutes the teacher expects the
     * homework to take (optional; the deputy's homework volume check): kept only with a homework
     * text.
     */
    public EntryData describe(
            long lessonId,
            @Size(max = Lesson.MAX_TOPIC) String topic,
            @Size(max = Lesson.MAX_HOMEWORK) String homework,
            boolean noHomework,
            Integer homeworkMinutes) {
        Lesson lesson = access.writable(lessonId);
        boolean hasHomework = homework != null && !homework.isBlank() && !noHomework;
        lesson.estimateHomework(hasHomework ? homeworkMinutes : null);
        return describe(lesson, topic, homework, noHomework);
    }

    private EntryData describe(Lesson lesson, String topic, String homework, boolean noHomework) {
        long lessonId = lesson.getId();
        String oldTopic = lesson.getTopic();
        String oldHomework = homeworkText(lesson);
        lesson.describe(topic, homework, noHomework, access.now(), access.homeworkDeadline(lesson));
        changes.fire(JournalChange.of(TOPIC, lesson, null, null, oldTopic, lesson.getTopic()));
        changes.fire(
                JournalChange.of(HOMEWORK, lesson, null, null, oldHomework, homeworkText(lesson)));
        return new EntryData(
                lessonId,
                null,
                lesson.isNoHomework() ? null : lesson.getHomework(),
                lesson.getHomeworkEnteredAt(),
                lesson.isHomeworkLate(),
                null);
    }
}
