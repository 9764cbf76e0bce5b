package org.schooljournal.oversight.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.JournalChange;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.school.entity.Staff;

/**
 * The set-based reads of the deputy head's checks and reports (R-C01 to R-C06), one statement each
 * whatever the number of pupils. {@code ids} are the journals a check covers (never empty: the
 * callers return early without journals). Rows come as arrays, each method saying their columns.
 */
@Dependent
public class OversightQueries {
    @Inject EntityManager em;

    /** The school's study periods, the latest first. */
    public List<StudyPeriod> periodsLatestFirst() {
        return em.createQuery(
                        "select p from StudyPeriod p order by p.dates.startsOn desc,"
                                + " p.grades.gradeFrom",
                        StudyPeriod.class)
                .getResultList();
    }

    /** The teachers who hold a journal. */
    public List<Staff> teachersWithJournals() {
        return em.createQuery("select distinct t.teacher from TeachingAssignment t", Staff.class)
                .getResultList();
    }

    /**
     * The journals' lessons between two dates: rows of (id, date, number, journal id, topic,
     * homework, no homework).
     */
    public List<Object[]> lessonRows(Collection<Long> ids, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select l.id, l.date, l.number, l.assignment.id, l.topic,"
                                + " l.homework, l.noHomework from Lesson l where"
                                + " l.assignment.id in :ids and l.date between :from"
                                + " and :to",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * The trail's entries of these subjects for the journals' lessons between two dates, grouped
     * per lesson, subject and detail: rows of (lesson id, subject, detail, latest at, count). With
     * {@code creations} the entries that set a value where there was none, else the changes.
     */
    public List<Object[]> auditTimes(
            Set<JournalChange.Subject> subjects,
            boolean creations,
            Collection<Long> ids,
            LocalDate from,
            LocalDate to) {
        return em.createQuery(
                        "select e.lessonId, e.subject, e.detail, max(e.at), count(e)"
                                + " from AuditEntry e where e.subject in :subjects"
                                + " and e.oldValue is "
                                + (creations ? "null" : "not null")
                                + " and e.lessonId in (select l.id from Lesson l"
                                + " where l.assignment.id in :ids and l.date between"
                                + " :from and :to) group by e.lessonId, e.subject,"
                                + " e.detail",
                        Object[].class)
                .setParameter("subjects", subjects)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Each class's last lesson of each day: rows of (class id, date, highest lesson number). */
    public List<Object[]> lastLessons(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select c.id, l.date, max(l.number) from Lesson l join"
                                + " l.assignment a join a.schoolClass c where l.date"
                                + " between :from and :to group by c.id, l.date",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The marks per journal and pupil between two dates: rows of (journal id, pupil id, count). */
    public List<Object[]> markCounts(Collection<Long> ids, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select m.lesson.assignment.id, m.pupil.id, count(m) from Mark m"
                                + " where m.lesson.assignment.id in :ids and"
                                + " m.lesson.date between :from and :to group by"
                                + " m.lesson.assignment.id, m.pupil.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The journals among {@code ids} with at least one lesson between two dates. */
    public List<Long> taughtJournals(Collection<Long> ids, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select distinct l.assignment.id from Lesson l where"
                                + " l.assignment.id in :ids and l.date between"
                                + " :from and :to",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /**
     * The period's final marks in the journals: rows of (journal id, pupil id, value, deferred
     * until).
     */
    public List<Object[]> periodMarkRows(long periodId, Collection<Long> ids) {
        return em.createQuery(
                        "select m.assignmentId, m.pupilId, m.value, m.deferredUntil from"
                                + " PeriodMark m where m.periodId = :periodId and"
                                + " m.assignmentId in :ids",
                        Object[].class)
                .setParameter("periodId", periodId)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * The absences (lateness not) in the journals' lessons between two dates: rows of (pupil id,
     * last name, first name, date, journal id, topic, kind).
     */
    public List<Object[]> absences(Collection<Long> ids, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select a.pupil.id, a.pupil.lastName, a.pupil.firstName,"
                                + " a.lesson.date, a.lesson.assignment.id,"
                                + " a.lesson.topic, a.kind from Attendance a where"
                                + " a.lesson.assignment.id in :ids and a.lesson.date"
                                + " between :from and :to and a.kind <> :late",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("late", AttendanceKind.LATE)
                .getResultList();
    }

    /**
     * The marks among {@code values} in the journals' lessons between two dates: rows of (pupil id,
     * last name, first name, date, journal id, topic, value, work type).
     */
    public List<Object[]> marksOf(
            Collection<Long> ids, LocalDate from, LocalDate to, Collection<String> values) {
        return em.createQuery(
                        "select m.pupil.id, m.pupil.lastName, m.pupil.firstName,"
                                + " m.lesson.date, m.lesson.assignment.id,"
                                + " m.lesson.topic, m.value, m.workType from Mark m"
                                + " where m.lesson.assignment.id in :ids and"
                                + " m.lesson.date between :from and :to and m.value"
                                + " in :bad",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("bad", values)
                .getResultList();
    }
}
