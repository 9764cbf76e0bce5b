package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.calendar.control.ClassBells;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.Holiday;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.Dates;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.TeachingAssignment;

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

    @Inject SchoolClock schoolClock;

    @Inject JournalRoster roster;

    /**
     * The lesson, when the caller gives it (the journal's teacher, or the substitute the deputy
     * recorded, R-J06) and the lesson's period is not closed (R-J11).
     */
    public Lesson writable(long lessonId) {
        Lesson lesson =
                em.createNamedQuery("Lesson.withJournalById", Lesson.class)
                        .setParameter("id", lessonId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (lesson == null) {
            throw JournalException.notFound("lesson " + lessonId);
        }
        if (!lesson.isGivenBy(caller.accountId())) {
            throw JournalException.forbidden();
        }
        requireOpen(lesson.getAssignment(), lesson.getDate());
        return lesson;
    }

    /**
     * Refused when {@code date} falls in a period the journal's teacher has closed (R-J11): what is
     * dated there no longer changes, nor moves in or out, until the deputy reopens it.
     */
    public void requireOpen(TeachingAssignment a, LocalDate date) {
        em.createNamedQuery("JournalLock.closedPeriodHolding", StudyPeriod.class)
                .setParameter("assignmentId", a.getId())
                .setParameter("date", date)
                .getResultStream()
                .findFirst()
                .ifPresent(
                        p -> {
                            throw new JournalException(
                                    JournalException.Kind.CONFLICT,
                                    "journal.locked",
                                    PeriodTitles.of(p));
                        });
    }

    /**
     * Refused unless the lesson's class studies on {@code date} ({@link LessonDates}, R-S02,
     * R-J06): inside the lesson's academic year (the one holding its present date; else the one
     * holding {@code date}), not in holidays or on a day off of its grade, not on the class's day
     * of rest, inside a study period of its grade. Three small queries (four when the lesson's own
     * date lies in no year).
     */
    public void requireStudyDay(Lesson lesson, LocalDate date) {
        TeachingAssignment a = lesson.getAssignment();
        AcademicYear year = yearOn(lesson.getDate());
        if (year == null) {
            year = yearOn(date);
        }
        SchoolDays days =
                year == null
                        ? new SchoolDays(List.of(), List.of())
                        : new SchoolDays(
                                em
                                        .createNamedQuery("StudyPeriod.ofYear", StudyPeriod.class)
                                        .setParameter("yearId", year.getId())
                                        .getResultList()
                                        .stream()
                                        .map(Calendars::plan)
                                        .toList(),
                                em
                                        .createNamedQuery("Holiday.ofYear", Holiday.class)
                                        .setParameter("yearId", year.getId())
                                        .getResultList()
                                        .stream()
                                        .map(Calendars::plan)
                                        .toList());
        new LessonDates(
                        year == null
                                ? null
                                : new LessonDates.Year(
                                        year.getName(), year.getStartsOn(), year.getEndsOn()),
                        days)
                .requireStudyDay(
                        a.getGrade(),
                        a.getSchoolClass() == null ? 6 : a.getSchoolClass().getWeekDays(),
                        a.getSchoolClass() == null ? a.getTitle() : a.getSchoolClass().getTitle(),
                        date);
    }

    /**
     * Refused when the lesson lies outside every study period of its grade, so a mark or an absence
     * there would count in no period ({@link LessonDates}, R-J05). One query when it lies in one
     * (only the periods of its grade and date are read), a second one to name the holidays when
     * not.
     */
    public void requireInPeriod(Lesson lesson) {
        int grade = lesson.getAssignment().getGrade();
        LocalDate date = lesson.getDate();
        List<StudyPeriod> periods =
                em.createNamedQuery("StudyPeriod.forGradeOn", StudyPeriod.class)
                        .setParameter("grade", grade)
                        .setParameter("date", date)
                        .getResultList();
        List<Holiday> holidays =
                !periods.isEmpty()
                        ? List.of()
                        : em.createNamedQuery("Holiday.overlapping", Holiday.class)
                                .setParameter("from", date)
                                .setParameter("to", date)
                                .getResultList();
        new LessonDates(
                        null,
                        new SchoolDays(
                                periods.stream().map(Calendars::plan).toList(),
                                holidays.stream().map(Calendars::plan).toList()))
                .requireInPeriod(grade, date);
    }

    private AcademicYear yearOn(LocalDate date) {
        return em.createNamedQuery("AcademicYear.containing", AcademicYear.class)
                .setParameter("date", date)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /**
     * The journal, when the caller may read it (R-A03): its teacher, the class teacher of its
     * class, the head and the deputy head, and a substitute who gave one of its lessons (R-J06).
     */
    public TeachingAssignment readable(long assignmentId) {
        TeachingAssignment a = journal(assignmentId);
        boolean allowed =
                a.isTaughtBy(caller.accountId())
                        || caller.has(Role.HEAD)
                        || caller.has(Role.DEPUTY_HEAD)
                        || (caller.has(Role.CLASS_TEACHER)
                                && a.getSchoolClass() != null
                                && a.getSchoolClass().getClassTeacher() != null
                                && caller.accountId()
                                        .equals(
                                                a.getSchoolClass()
                                                        .getClassTeacher()
                                                        .getAccountId()));
        if (!allowed && !substituted(a)) {
            throw JournalException.forbidden();
        }
        return a;
    }

    /** R-J06: the caller gave a lesson of the journal as a substitute, so it may read it. */
    private boolean substituted(TeachingAssignment a) {
        return caller.accountId() != null
                && em.createNamedQuery("Lesson.countGivenByInJournal", Long.class)
                                .setParameter("assignmentId", a.getId())
                                .setParameter("accountId", caller.accountId())
                                .getSingleResult()
                        > 0;
    }

    /** The journal, when the caller teaches it. */
    public TeachingAssignment writableJournal(long assignmentId) {
        TeachingAssignment a = journal(assignmentId);
        if (!a.isTaughtBy(caller.accountId())) {
            throw JournalException.forbidden();
        }
        return a;
    }

    /** The study period, when it is one of the journal's grade (R-J07). */
    public StudyPeriod period(TeachingAssignment a, long periodId) {
        StudyPeriod p = em.find(StudyPeriod.class, periodId);
        if (p == null) {
            throw JournalException.notFound("period " + periodId);
        }
        if (p.getGradeFrom() > a.getGrade() || a.getGrade() > p.getGradeTo()) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "periodMark.period",
                    PeriodTitles.of(p),
                    a.getGrade());
        }
        return p;
    }

    private TeachingAssignment journal(long assignmentId) {
        TeachingAssignment a = em.find(TeachingAssignment.class, assignmentId);
        if (a == null) {
            throw JournalException.notFound("journal " + assignmentId);
        }
        return a;
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
        if (!held(lesson.getDate())) {
            throw new JournalException(JournalException.Kind.INVALID, key, lesson.getDate());
        }
    }

    /** Whether a lesson on {@code date} has taken place: today's or earlier, at the school. */
    public boolean held(LocalDate date) {
        return !date.isAfter(schoolClock.today());
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
                    em.createNamedQuery("Lesson.lastNumberOfClassOn", Integer.class)
                            .setParameter("date", lesson.getDate())
                            .setParameter("classId", a.getSchoolClass().getId())
                            .getSingleResult();
            last = max == null ? last : Math.max(last, max);
            bells = ClassBells.of(em, a.getSchoolClass());
        }
        return EntryDeadline.forHomework(lesson.getDate(), bells.end(last), schoolClock.zone());
    }
}
