package org.schooljournal.oversight.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schooljournal.calendar.entity.Holiday;
import org.schooljournal.journal.entity.Lesson;
import org.schooljournal.school.entity.CurriculumLine;

/**
 * The statements behind fulfilment, homework volume, substituted and missed lessons (R-C01, R-C07,
 * R-C08): each a grouped or filtered query over the school's lessons (the tenant), one statement
 * each, whatever the number of journals or pupils.
 */
@Dependent
public class PlanQueries {
    /** The most lines a list of lessons (substituted, not given) shows; the counts stay whole. */
    public static final int MAX_LINES = 2000;

    @Inject EntityManager em;

    /** A journal's lessons: in the period to date, and in the year to date, with a topic or not. */
    public record LessonCounts(
            long scheduled, long given, long scheduledYear, long givenYear, long substituted) {
        static final LessonCounts NONE = new LessonCounts(0, 0, 0, 0, 0);
    }

    /**
     * Per journal id: its lessons from {@code yearStart} to {@code to}, those from {@code from}
     * counted apart. Five grouped counts rather than one of sum(case …): H2 cannot type the case's
     * bound 1 and 0 inside sum() («SUM or AVG on wrong data type»), and the quick start runs on H2.
     */
    public Map<Long, LessonCounts> lessonCounts(
            Collection<Long> journalIds, LocalDate yearStart, LocalDate from, LocalDate to) {
        Map<Long, LessonCounts> counts = new HashMap<>();
        if (journalIds.isEmpty()) {
            return counts;
        }
        Map<Long, Long> scheduled = counted(journalIds, from, to, "");
        Map<Long, Long> given = counted(journalIds, from, to, " and l.topic is not null");
        Map<Long, Long> scheduledYear = counted(journalIds, yearStart, to, "");
        Map<Long, Long> givenYear = counted(journalIds, yearStart, to, " and l.topic is not null");
        Map<Long, Long> substituted = counted(journalIds, from, to, " and l.givenBy is not null");
        for (Long id : journalIds) {
            counts.put(
                    id,
                    new LessonCounts(
                            scheduled.getOrDefault(id, 0L),
                            given.getOrDefault(id, 0L),
                            scheduledYear.getOrDefault(id, 0L),
                            givenYear.getOrDefault(id, 0L),
                            substituted.getOrDefault(id, 0L)));
        }
        return counts;
    }

    /** The journals' lessons in the dates meeting {@code condition}, counted per journal. */
    private Map<Long, Long> counted(
            Collection<Long> journalIds, LocalDate from, LocalDate to, String condition) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] r :
                em.createQuery(
                                "select l.assignment.id, count(l) from Lesson l where"
                                        + " l.assignment.id in :ids and l.date between :from and"
                                        + " :to"
                                        + condition
                                        + " group by l.assignment.id",
                                Object[].class)
                        .setParameter("ids", journalIds)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()) {
            counts.put((Long) r[0], n(r[1]));
        }
        return counts;
    }

    public static LessonCounts none() {
        return LessonCounts.NONE;
    }

    /** «subjectId/grade» → the КТП's hours of the academic year. One grouped statement. */
    public Map<String, Long> ktpHours(long yearId) {
        Map<String, Long> hours = new HashMap<>();
        for (Object[] r :
                em.createQuery(
                                "select p.subject.id, p.grade, sum(t.hours) from LessonPlanTopic t"
                                        + " join t.plan p where p.year.id = :yearId group by"
                                        + " p.subject.id, p.grade",
                                Object[].class)
                        .setParameter("yearId", yearId)
                        .getResultList()) {
            hours.put(r[0] + "/" + r[1], n(r[2]));
        }
        return hours;
    }

    /** The basic curriculum (profile '') as lines, one statement. */
    public List<CurriculumLine> curriculum() {
        return em.createNamedQuery("CurriculumLine.all", CurriculumLine.class).getResultList();
    }

    /** Holidays overlapping the dates, one statement. */
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return em.createNamedQuery("Holiday.overlapping", Holiday.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The journals' lessons given by a substitute in the dates, oldest first, one statement. */
    public List<Lesson> substituted(Collection<Long> journalIds, LocalDate from, LocalDate to) {
        if (journalIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select l from Lesson l join fetch l.givenBy where l.assignment.id in :ids"
                                + " and l.date between :from and :to order by l.date, l.number",
                        Lesson.class)
                .setParameter("ids", journalIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(MAX_LINES)
                .getResultList();
    }

    /**
     * The journals' lessons not given ({@link PlanFulfilment#missed}): dated from {@code from} to
     * before {@code today} and up to {@code to}, no topic, no attendance, no mark. One statement.
     */
    public List<Object[]> missed(
            Collection<Long> journalIds, LocalDate from, LocalDate to, LocalDate today) {
        if (journalIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select l.id, l.date, l.number, l.assignment.id from Lesson l where"
                                + " l.assignment.id in :ids and l.date between :from and :to and"
                                + " l.date < :today and l.topic is null and not exists (select"
                                + " x.id from Attendance x where x.lesson = l) and not exists"
                                + " (select m.id from Mark m where m.lesson = l)"
                                + " order by l.date, l.number",
                        Object[].class)
                .setParameter("ids", journalIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("today", today)
                .setMaxResults(MAX_LINES)
                .getResultList();
    }

    /**
     * Homework minutes per class, day and subject ({@link HomeworkNorms}): the longest homework of
     * the subject that day (groups count once), the teacher's minutes, else the subject's default,
     * else the model's. Rows: class id, date, subject id, minutes, homeworks. One grouped
     * statement.
     */
    public List<Object[]> homeworkMinutes(Collection<Long> classIds, LocalDate from, LocalDate to) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c.id, l.date, s.id, max(coalesce(l.homeworkMinutes,"
                                + " s.homeworkMinutes, "
                                + HomeworkNorms.DEFAULT_MINUTES
                                + ")), count(l) from Lesson l join l.assignment a join"
                                + " a.schoolClass c join a.subject s where c.id in :classIds and"
                                + " l.date between :from and :to and l.homework is not null"
                                + " group by c.id, l.date, s.id",
                        Object[].class)
                .setParameter("classIds", classIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
