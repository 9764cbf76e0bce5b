package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.TeachingAssignment;
import org.schooljournal.timetable.control.BellSchedule;
import org.schooljournal.timetable.control.ClassBells;
import org.schooljournal.timetable.control.LessonCalendar;

/**
 * What every entry into a journal checks first (R-A03, R-S13): only the journal's teacher writes,
 * about a pupil the journal lists on the lesson's date, for a lesson that has begun; and where the
 * order's homework deadline falls (R-J03).
 */
@Dependent
public class LessonAccess {
    @Inject EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject JournalRoster roster;

    /** The lesson, when the caller teaches its journal. */
    public Lesson writable(long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null) {
            throw JournalException.notFound("lesson " + lessonId);
        }
        if (!lesson.getAssignment().isTaughtBy(caller.accountId())) {
            throw JournalException.forbidden();
        }
        return lesson;
    }

    /** The pupil, when the lesson's journal lists it on the lesson's date. */
    public Pupil listed(Lesson lesson, long pupilId) {
        Pupil pupil = em.find(Pupil.class, pupilId);
        if (pupil == null) {
            throw JournalException.notFound("pupil " + pupilId);
        }
        TeachingAssignment a = lesson.getAssignment();
        var stint = roster.stintOf(a, pupil);
        if (stint == null || !stint.covers(lesson.getDate())) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    a.isWholeClass() ? "mark.pupilNotEnrolled" : "mark.pupilNotInGroup",
                    pupil.getFullName(),
                    a.getTitle(),
                    Dates.shown(lesson.getDate()));
        }
        return pupil;
    }

    /** Refused with {@code key} for a lesson on a later day than today. */
    public void requireHeld(Lesson lesson, String key) {
        if (lesson.getDate().isAfter(LocalDate.now(clock.withZone(LessonCalendar.ZONE)))) {
            throw new JournalException(JournalException.Kind.INVALID, key, lesson.getDate());
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Three hours after the class's last lesson that day ends, at the class's bells (R-J03, R-S10).
     * A stream has no class: its own lesson and the school's main bells count.
     */
    public Instant homeworkDeadline(Lesson lesson) {
        TeachingAssignment a = lesson.getAssignment();
        int last = lesson.getNumber();
        BellSchedule bells;
        if (a.getSchoolClass() == null) {
            bells = ClassBells.byClass(em).get(null);
        } else {
            Integer max =
                    em.createQuery(
                                    "select max(l.number) from Lesson l where l.date = :date"
                                            + " and l.assignment.schoolClass.id = :classId",
                                    Integer.class)
                            .setParameter("date", lesson.getDate())
                            .setParameter("classId", a.getSchoolClass().getId())
                            .getSingleResult();
            last = max == null ? last : Math.max(last, max);
            bells = ClassBells.of(em, a.getSchoolClass());
        }
        return EntryDeadline.forHomework(lesson.getDate(), bells.end(last), LessonCalendar.ZONE);
    }
}
