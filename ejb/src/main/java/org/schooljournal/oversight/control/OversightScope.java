package org.schooljournal.oversight.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.journal.control.PeriodTitles;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.school.entity.SchoolClass;
import org.schooljournal.school.entity.Staff;
import org.schooljournal.school.entity.Subject;
import org.schooljournal.school.entity.TeachingAssignment;

/**
 * Resolves what a check covers: the period (the one running today unless one is chosen) and the
 * journals of the filter. Every id is looked up in the caller's school (the tenant), so another
 * school's class, teacher, subject or period is «not found», exactly as if it did not exist.
 */
@Dependent
public class OversightScope {
    @Inject EntityManager em;

    @Inject SchoolClock schoolClock;

    @Inject Caller caller;

    /**
     * The chosen period, or the one running today that covers most of the school's classes (a
     * school of grades 1-9 gets its quarter, not the half-year of grades 10-11), else the latest
     * begun.
     */
    public StudyPeriod period(Long periodId) {
        if (periodId != null) {
            StudyPeriod p = em.find(StudyPeriod.class, periodId);
            if (p == null) {
                throw JournalException.notFound("period " + periodId);
            }
            return p;
        }
        var today = schoolClock.today();
        List<Integer> grades =
                em.createQuery("select c.grade from SchoolClass c", Integer.class).getResultList();
        List<StudyPeriod> all =
                em.createNamedQuery("StudyPeriod.all", StudyPeriod.class).getResultList();
        Comparator<StudyPeriod> coverage =
                Comparator.comparing(p -> grades.stream().filter(p::covers).count());
        return all.stream()
                .filter(p -> p.contains(today))
                .max(coverage.thenComparing(p -> p.getGradeFrom() - p.getGradeTo()))
                .or(
                        () ->
                                all.stream()
                                        .filter(p -> !p.getStartsOn().isAfter(today))
                                        .max(
                                                Comparator.comparing(StudyPeriod::getStartsOn)
                                                        .thenComparing(coverage)))
                .orElseThrow(() -> JournalException.notFound("period"));
    }

    public static String title(StudyPeriod p) {
        String grades =
                p.getGradeFrom() == p.getGradeTo()
                        ? String.valueOf(p.getGradeFrom())
                        : p.getGradeFrom() + "–" + p.getGradeTo();
        return PeriodTitles.of(p) + " (" + grades + " кл.)";
    }

    /**
     * The class journals the filter covers: {@link #journals} without the streams, which belong to
     * no class and so to no class's results.
     */
    public List<TeachingAssignment> classJournals(
            StudyPeriod period, Long classId, Long teacherId, Long subjectId) {
        return journals(period, classId, teacherId, subjectId).stream()
                .filter(a -> a.getSchoolClass() != null)
                .toList();
    }

    /**
     * The journals the filter covers, with their class, group, subject and teacher in one query. A
     * period for some grades covers only the journals of those grades.
     */
    public List<TeachingAssignment> journals(
            StudyPeriod period, Long classId, Long teacherId, Long subjectId) {
        if (classId != null && em.find(SchoolClass.class, classId) == null) {
            throw JournalException.notFound("class " + classId);
        }
        if (teacherId != null && em.find(Staff.class, teacherId) == null) {
            throw JournalException.notFound("staff " + teacherId);
        }
        if (subjectId != null && em.find(Subject.class, subjectId) == null) {
            throw JournalException.notFound("subject " + subjectId);
        }
        return em
                .createNamedQuery("TeachingAssignment.all", TeachingAssignment.class)
                .getResultList()
                .stream()
                .filter(a -> period == null || period.covers(a.getGrade()))
                .filter(
                        a ->
                                classId == null
                                        || (a.getSchoolClass() != null
                                                && a.getSchoolClass().getId().equals(classId)))
                .filter(a -> teacherId == null || a.getTeacher().getId().equals(teacherId))
                .filter(a -> subjectId == null || a.getSubject().getId().equals(subjectId))
                .toList();
    }

    /** The caller's own staff record (a teacher's), or null. */
    public Staff ownStaff() {
        if (caller.accountId() == null) {
            return null;
        }
        return em.createQuery("select s from Staff s where s.accountId = :a", Staff.class)
                .setParameter("a", caller.accountId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
