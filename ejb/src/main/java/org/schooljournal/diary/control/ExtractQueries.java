package org.schooljournal.diary.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.entity.Attendance;
import org.schooljournal.journal.entity.Mark;

/**
 * R-D03: what a paper extract reads for some pupils and a study period, a few queries whatever the
 * number of pupils: the period, the marks, the attendance and the period marks, keyed by pupil and
 * journal (teaching assignment).
 */
public final class ExtractQueries {
    private ExtractQueries() {}

    /** The study period of the grade holding the date. */
    public static Optional<StudyPeriod> period(EntityManager em, int grade, LocalDate date) {
        return em.createNamedQuery("StudyPeriod.forGradeOn", StudyPeriod.class)
                .setParameter("grade", grade)
                .setParameter("date", date)
                .getResultStream()
                .findFirst();
    }

    /** The pupils' marks in the period, by «pupilId|assignmentId», in date and lesson order. */
    public static Map<String, List<Mark>> marks(
            EntityManager em, List<Long> pupilIds, StudyPeriod period) {
        Map<String, List<Mark>> marks = new HashMap<>();
        em.createQuery(
                        "select m from Mark m join fetch m.lesson l"
                                + " where m.pupil.id in :ids and l.date between :from and :to"
                                + " order by l.date, l.number, m.id",
                        Mark.class)
                .setParameter("ids", pupilIds)
                .setParameter("from", period.getStartsOn())
                .setParameter("to", period.getEndsOn())
                .getResultList()
                .forEach(
                        m ->
                                marks.computeIfAbsent(
                                                m.getPupil().getId()
                                                        + "|"
                                                        + m.getLesson().getAssignment().getId(),
                                                k -> new ArrayList<>())
                                        .add(m));
        return marks;
    }

    /**
     * The pupils' absences and lateness in the period, by «pupilId|assignmentId», counted by kind's
     * ordinal (ILLNESS, EXCUSED, UNEXCUSED, LATE).
     */
    public static Map<String, int[]> attendance(
            EntityManager em, List<Long> pupilIds, StudyPeriod period) {
        Map<String, int[]> counts = new HashMap<>();
        em.createQuery(
                        "select a from Attendance a join fetch a.lesson l"
                                + " where a.pupil.id in :ids and l.date between :from and :to",
                        Attendance.class)
                .setParameter("ids", pupilIds)
                .setParameter("from", period.getStartsOn())
                .setParameter("to", period.getEndsOn())
                .getResultList()
                .forEach(
                        a ->
                                counts.computeIfAbsent(
                                                a.getPupil().getId()
                                                        + "|"
                                                        + a.getLesson().getAssignment().getId(),
                                                k -> new int[4])[a.getKind().ordinal()]++);
        return counts;
    }

    /** The pupils' period marks of the period, by «pupilId|assignmentId». */
    public static Map<String, String> periodMarks(
            EntityManager em, List<Long> pupilIds, StudyPeriod period) {
        Map<String, String> marks = new HashMap<>();
        em.createQuery(
                        "select p.pupilId, p.assignmentId, p.value from PeriodMark p"
                                + " where p.pupilId in :ids and p.periodId = :periodId",
                        Object[].class)
                .setParameter("ids", pupilIds)
                .setParameter("periodId", period.getId())
                .getResultList()
                .forEach(r -> marks.put(r[0] + "|" + r[1], (String) r[2]));
        return marks;
    }
}
