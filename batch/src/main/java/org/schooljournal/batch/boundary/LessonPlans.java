package org.schooljournal.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.batch.lessonplan.PlanSheet;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.lessonplan.entity.LessonPlan;
import org.schooljournal.lessonplan.entity.TopicLine;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.Subject;

/**
 * The calendar-thematic plans (КТП, R-S09) of the caller's school: per subject, grade and academic
 * year the ordered lesson topics with hours, imported from and exported to XLSX, and carried over
 * to a new year. The head, the deputy head and teachers change them; the school administrator reads
 * them too.
 *
 * <p>In the batch module because Apache POI is there; the entity manager is the CDI one, as the
 * persistence unit of the EJB module is not visible to a @PersistenceContext here.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.TEACHER})
public class LessonPlans {
    @Inject EntityManager em;

    @Inject SchoolClock schoolClock;

    @EJB Calendars calendars;

    /** The plans of the academic year containing today, by subject and grade; empty without one. */
    @RolesAllowed(Role.STAFF)
    public List<LessonPlanSummary> currentYear() {
        return currentYearId().map(this::ofYear).orElse(List.of());
    }

    /** The id of the academic year containing today, if the school has set one up. */
    @RolesAllowed(Role.STAFF)
    public Optional<Long> currentYearId() {
        return calendars.yearOn(schoolClock.today()).map(y -> y.id());
    }

    /** The plans of a year of the school, by subject and grade. */
    @RolesAllowed(Role.STAFF)
    public List<LessonPlanSummary> ofYear(long yearId) {
        year(yearId);
        Map<Long, long[]> totals = new HashMap<>();
        em.createNamedQuery("LessonPlan.totals", Object[].class)
                .setParameter("yearId", yearId)
                .getResultList()
                .forEach(
                        r ->
                                totals.put(
                                        (Long) r[0],
                                        new long[] {
                                            ((Number) r[1]).longValue(),
                                            r[2] == null ? 0 : ((Number) r[2]).longValue()
                                        }));
        return plans(yearId).stream()
                .map(
                        p -> {
                            long[] t = totals.getOrDefault(p.getId(), new long[2]);
                            return new LessonPlanSummary(
                                    p.getId(),
                                    p.getSubject().getId(),
                                    p.getSubject().getName(),
                                    p.getGrade(),
                                    p.getYear().getId(),
                                    p.getYear().getName(),
                                    p.getTitle(),
                                    t[0],
                                    t[1]);
                        })
                .toList();
    }

    /** The plan with its topics; NOT_FOUND if missing or of another school. */
    @RolesAllowed(Role.STAFF)
    public LessonPlanView plan(long planId) {
        return view(find(planId));
    }

    /** The plan of a subject for a grade in a year, if there is one. */
    @RolesAllowed(Role.STAFF)
    public Optional<LessonPlanView> planOf(long subjectId, int grade, long yearId) {
        return existing(subjectId, grade, yearId).map(LessonPlans::view);
    }

    /**
     * Replaces the topics of the plan of a subject for a grade in a year (creating the plan) by the
     * topics of an XLSX sheet ({@link PlanSheet}). The whole file is checked first: an empty, too
     * large or foreign file, a missing "Тема" column or any bad row is refused naming it, and the
     * plan keeps its previous topics.
     */
    public LessonPlanView importXlsx(
            long subjectId,
            @Min(LessonPlan.MIN_GRADE) @Max(LessonPlan.MAX_GRADE) int grade,
            long yearId,
            @NotNull byte[] file) {
        List<TopicLine> topics = PlanSheet.read(file);
        Subject subject = subject(subjectId);
        AcademicYear year = year(yearId);
        LessonPlan plan =
                existing(subjectId, grade, yearId)
                        .orElseGet(
                                () -> {
                                    LessonPlan created = new LessonPlan(subject, grade, year);
                                    em.persist(created);
                                    return created;
                                });
        plan.replaceTopics(topics);
        em.flush();
        return view(plan);
    }

    /** The plan as an XLSX workbook that {@link #importXlsx} reads back to the same topics. */
    @RolesAllowed(Role.STAFF)
    public byte[] exportXlsx(long planId) {
        LessonPlan plan = find(planId);
        return PlanSheet.write(plan.getTitle(), plan.lines());
    }

    /**
     * Copies every plan of one year to another, with its topics; a plan the target year already has
     * (same subject and grade) is left as it is and counted as skipped.
     */
    public PlanCopyReport copyFromYear(long fromYearId, long toYearId) {
        if (fromYearId == toYearId) {
            throw new JournalException(JournalException.Kind.INVALID, "lessonPlan.copy.sameYear");
        }
        year(fromYearId);
        AcademicYear target = year(toYearId);
        List<LessonPlan> present = plans(toYearId);
        int copied = 0;
        int skipped = 0;
        for (LessonPlan plan : plans(fromYearId)) {
            boolean exists =
                    present.stream()
                            .anyMatch(
                                    p ->
                                            p.getSubject().getId().equals(plan.getSubject().getId())
                                                    && p.getGrade() == plan.getGrade());
            if (exists) {
                skipped++;
            } else {
                em.persist(plan.copyTo(target));
                copied++;
            }
        }
        em.flush();
        return new PlanCopyReport(copied, skipped);
    }

    private List<LessonPlan> plans(long yearId) {
        return em.createNamedQuery("LessonPlan.ofYear", LessonPlan.class)
                .setParameter("yearId", yearId)
                .getResultList();
    }

    private Optional<LessonPlan> existing(long subjectId, int grade, long yearId) {
        return em
                .createNamedQuery("LessonPlan.of", LessonPlan.class)
                .setParameter("subjectId", subjectId)
                .setParameter("grade", grade)
                .setParameter("yearId", yearId)
                .getResultList()
                .stream()
                .findFirst();
    }

    private LessonPlan find(long planId) {
        LessonPlan plan = em.find(LessonPlan.class, planId);
        if (plan == null) {
            throw JournalException.notFound("lesson plan " + planId);
        }
        return plan;
    }

    private Subject subject(long subjectId) {
        Subject subject = em.find(Subject.class, subjectId);
        if (subject == null) {
            throw JournalException.notFound("subject " + subjectId);
        }
        return subject;
    }

    private AcademicYear year(long yearId) {
        AcademicYear year = em.find(AcademicYear.class, yearId);
        if (year == null) {
            throw JournalException.notFound("academic year " + yearId);
        }
        return year;
    }

    private static LessonPlanView view(LessonPlan p) {
        return new LessonPlanView(
                p.getId(),
                p.getSubject().getId(),
                p.getSubject().getName(),
                p.getGrade(),
                p.getYear().getId(),
                p.getYear().getName(),
                p.getTitle(),
                p.getTopics().stream()
                        .map(
                                t ->
                                        new LessonPlanView.LessonTopicView(
                                                t.getPosition(), t.getTitle(), t.getHours()))
                        .toList(),
                p.totalHours());
    }
}
