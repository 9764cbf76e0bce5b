package org.schooljournal.diary.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.schooljournal.audit.entity.AuditEntry;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.entity.Attendance;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.journal.entity.Mark;
import org.schooljournal.timetable.entity.TimetableEntry;

/**
 * The diary's reads (R-D01) of other features' entities, kept here rather than as named queries on
 * those entities: they serve only the diary's week, tab and calendar. Each method is one statement;
 * {@code ids} are the pupil's journals (with -1, so that "in" stays valid when it has none).
 */
@Dependent
public class DiaryQueries {
    @Inject EntityManager em;

    /** The journals' lessons between two dates, with their substitute teacher. */
    public List<Lesson> lessons(Collection<Long> ids, LocalDate from, LocalDate to) {
        return list(
                "select l from Lesson l left join fetch l.givenBy"
                        + " where l.assignment.id in :ids"
                        + " and l.date between :from and :to",
                Lesson.class,
                Map.of("ids", ids, "from", from, "to", to));
    }

    /** Lessons by id, with their substitute teacher (those moved out of the week). */
    public List<Lesson> lessonsById(Collection<Long> ids) {
        return list(
                "select l from Lesson l left join fetch l.givenBy where l.id in :ids",
                Lesson.class,
                Map.of("ids", ids));
    }

    /** The pupil's marks in lessons between two dates. */
    public List<Mark> marks(long pupilId, LocalDate from, LocalDate to) {
        return ofPupil(Mark.class, pupilId, from, to, false);
    }

    /** The pupil's marks between two dates with their lessons, in the order they were given. */
    public List<Mark> marksWithLessons(long pupilId, LocalDate from, LocalDate to) {
        return ofPupil(Mark.class, pupilId, from, to, true);
    }

    /** The pupil's attendance entries in lessons between two dates. */
    public List<Attendance> attendance(long pupilId, LocalDate from, LocalDate to) {
        return ofPupil(Attendance.class, pupilId, from, to, false);
    }

    /** The pupil's attendance entries between two dates with their lessons, in lesson order. */
    public List<Attendance> attendanceWithLessons(long pupilId, LocalDate from, LocalDate to) {
        return ofPupil(Attendance.class, pupilId, from, to, true);
    }

    /**
     * A pupil's entries of a journal entity with a {@code pupil} and a {@code lesson} (a mark, an
     * attendance entry) in lessons between two dates; {@code withLessons} fetches the lessons and
     * orders by them.
     */
    private <T> List<T> ofPupil(
            Class<T> entity, long pupilId, LocalDate from, LocalDate to, boolean withLessons) {
        // a mark carries its lesson's date (an index range by pupil and date); attendance not yet
        String date = entity == Mark.class ? "e.lessonDate" : "e.lesson.date";
        String jpql =
                withLessons
                        ? "select e from %s e join fetch e.lesson l where e.pupil.id = :pupilId"
                                + " and %s between :from and :to order by l.date, l.number"
                        : "select e from %s e where e.pupil.id = :pupilId"
                                + " and %s between :from and :to";
        return list(
                jpql.formatted(entity.getSimpleName(), date),
                entity,
                Map.of("pupilId", pupilId, "from", from, "to", to));
    }

    /** The pupil's period marks of a period: rows of (journal id, value). */
    public List<Object[]> periodMarks(long pupilId, long periodId) {
        return list(
                "select p.assignmentId, p.value from PeriodMark p"
                        + " where p.pupilId = :pupilId"
                        + " and p.periodId = :periodId",
                Object[].class,
                Map.of("pupilId", pupilId, "periodId", periodId));
    }

    /** The pupil's year marks of a school year: rows of (journal id, value). */
    public List<Object[]> yearMarks(long pupilId, long yearId) {
        return list(
                "select y.assignmentId, y.value from YearMark y"
                        + " where y.pupilId = :pupilId"
                        + " and y.yearId = :yearId",
                Object[].class,
                Map.of("pupilId", pupilId, "yearId", yearId));
    }

    /** The journals' weekly timetable, by weekday and lesson number. */
    public List<TimetableEntry> timetable(Collection<Long> ids) {
        return list(
                "select e from TimetableEntry e where e.assignment.id in :ids"
                        + " order by e.weekday, e.lessonNumber",
                TimetableEntry.class,
                Map.of("ids", ids));
    }

    /**
     * R-J06: the trail's moves of the journals' lessons into or out of {@code [from, to)}, oldest
     * first. The slots are compared as text ("2026-03-14 #8"), so {@code to} is the day after.
     */
    public List<AuditEntry> moves(Collection<Long> ids, String from, String to) {
        return list(
                "select e from AuditEntry e where e.subject = :subject"
                        + " and e.detail = 'moved' and e.assignmentId in :ids"
                        + " and ((e.newValue >= :from and e.newValue < :to)"
                        + " or (e.oldValue >= :from and e.oldValue < :to))"
                        + " order by e.seq",
                AuditEntry.class,
                Map.of(
                        "subject",
                        JournalChange.Subject.SUBSTITUTION,
                        "ids",
                        ids,
                        "from",
                        from,
                        "to",
                        to));
    }

    /**
     * The journals' lessons between two dates with journal, subject, teacher, class and group, by
     * date and number (the calendar export).
     */
    public List<Lesson> calendarLessons(Collection<Long> ids, LocalDate from, LocalDate to) {
        return list(
                "select l from Lesson l join fetch l.assignment a"
                        + " join fetch a.subject join fetch a.teacher"
                        + " left join fetch a.schoolClass left join fetch a.group"
                        + " where a.id in :ids and l.date between :from and :to"
                        + " order by l.date, l.number",
                Lesson.class,
                Map.of("ids", ids, "from", from, "to", to));
    }

    /** One statement: the query with its named parameters (none of them null). */
    private <T> List<T> list(String jpql, Class<T> type, Map<String, ?> parameters) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach((name, value) -> query.setParameter(name, value));
        return query.getResultList();
    }
}
