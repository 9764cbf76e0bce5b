package org.schooljournal.oversight.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.schooljournal.controlworks.entity.ControlWork;
import org.schooljournal.journal.entity.AttendanceKind;
import org.schooljournal.journal.entity.WorkType;

/**
 * The queries of the control works' results and the analytics (R-C04, R-C09): each one statement
 * whatever the number of pupils, aggregating in SQL where a chart needs only counts. Every entity
 * read is the caller's school's (the tenant).
 */
@Dependent
public class ResultQueries {
    /** The work types a control work of the ВШК schedule is marked with (not answers, homework). */
    public static final List<WorkType> WRITTEN =
            List.of(
                    WorkType.CONTROL_WORK,
                    WorkType.TEST,
                    WorkType.DICTATION,
                    WorkType.WRITTEN_WORK);

    /** Attendance that is a lesson missed (a late arrival is not). */
    public static final List<AttendanceKind> MISSED =
            List.of(AttendanceKind.ILLNESS, AttendanceKind.EXCUSED, AttendanceKind.UNEXCUSED);

    @Inject EntityManager em;

    public List<ControlWork> controlWorks(LocalDate from, LocalDate to) {
        return em.createNamedQuery("ControlWork.between", ControlWork.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Rows: journal id, date, pupil id, mark — the written marks of the journals on the days. */
    public List<Object[]> writtenMarks(Collection<Long> journals, Collection<LocalDate> days) {
        return em.createQuery(
                        "select l.assignment.id, l.date, m.pupil.id, m.value from Mark m join"
                                + " m.lesson l where l.assignment.id in :ids and l.date in :days"
                                + " and m.workType in :types",
                        Object[].class)
                .setParameter("ids", journals)
                .setParameter("days", days)
                .setParameter("types", WRITTEN)
                .getResultList();
    }

    /** Rows: journal id, pupil id, mark — the period marks of the journals. */
    public List<Object[]> periodMarks(long periodId, Collection<Long> journals) {
        return em.createQuery(
                        "select m.assignmentId, m.pupilId, m.value from PeriodMark m where"
                                + " m.periodId = :periodId and m.assignmentId in :ids",
                        Object[].class)
                .setParameter("periodId", periodId)
                .setParameter("ids", journals)
                .getResultList();
    }

    /** Rows: date, mark, count — every mark of the journals between the days, counted per day. */
    public List<Object[]> marksPerDay(Collection<Long> journals, LocalDate from, LocalDate to) {
        return between(
                        "select l.date, m.value, count(m) from Mark m join m.lesson l where"
                                + " l.assignment.id in :ids and l.date between :from and :to"
                                + " group by l.date, m.value",
                        journals,
                        from,
                        to)
                .getResultList();
    }

    /** Rows: journal id, mark, count — every mark of the journals between the days. */
    public List<Object[]> marksPerJournal(Collection<Long> journals, LocalDate from, LocalDate to) {
        return between(
                        "select l.assignment.id, m.value, count(m) from Mark m join m.lesson l"
                                + " where l.assignment.id in :ids and l.date between :from and :to"
                                + " group by l.assignment.id, m.value",
                        journals,
                        from,
                        to)
                .getResultList();
    }

    /** Rows: date, lessons — the journals' lessons given on each day (up to {@code to}). */
    public List<Object[]> lessonsPerDay(Collection<Long> journals, LocalDate from, LocalDate to) {
        return between(
                        "select l.date, count(l) from Lesson l where l.assignment.id in :ids and"
                                + " l.date between :from and :to group by l.date",
                        journals,
                        from,
                        to)
                .getResultList();
    }

    /** Rows: date, lessons missed — absences (not late arrivals) in the journals' lessons. */
    public List<Object[]> missedPerDay(Collection<Long> journals, LocalDate from, LocalDate to) {
        return between(
                        "select l.date, count(a) from Attendance a join a.lesson l where"
                                + " l.assignment.id in :ids and l.date between :from and :to and"
                                + " a.kind in :kinds group by l.date",
                        journals,
                        from,
                        to)
                .setParameter("kinds", MISSED)
                .getResultList();
    }

    /** A count per key over the journals' lessons between the days ({@code :ids, :from, :to}). */
    private TypedQuery<Object[]> between(
            String jpql, Collection<Long> journals, LocalDate from, LocalDate to) {
        return em.createQuery(jpql, Object[].class)
                .setParameter("ids", journals)
                .setParameter("from", from)
                .setParameter("to", to);
    }
}
