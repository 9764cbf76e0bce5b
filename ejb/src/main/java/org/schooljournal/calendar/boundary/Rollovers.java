package org.schooljournal.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.calendar.control.Rollover;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.YearRollover;
import org.schooljournal.people.entity.MovementKind;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.people.entity.PupilMovement;
import org.schooljournal.platform.control.Caller;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.control.TableStatistics;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.entity.SchoolClass;

/**
 * Year rollover (issue 3 item 13, R-S05, R-S13): closes a year, moves every class up one grade with
 * the same letter, graduates the grade-11 classes (their pupils leave with "выпуск" on the first
 * day of the new year) and carries over what is reusable: rooms, staff, subjects and teaching
 * assignments stay as they are; timetable entries are kept but reported as to revise, since the
 * subjects change with the grade. The next year is created as the standard year when missing.
 * {@link #run} is all or nothing and is recorded, so a year is never rolled over twice. Copying the
 * lesson plans is left to the caller (they live in the batch module).
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD})
public class Rollovers {
    @PersistenceContext EntityManager em;

    @Inject Caller caller;

    @Inject Clock clock;

    @Inject SchoolClock schoolClock;

    @EJB Calendars calendars;

    @Inject TableStatistics statistics;

    /** What {@link #run} would do now; refuses as {@link #run} would. */
    public RolloverPreview preview(long fromYearId) {
        AcademicYear from = year(fromYearId);
        Optional<AcademicYear> next = nextYear(from);
        Rollover plan = plan(from, next);
        Counts counts = counts();
        return new RolloverPreview(
                from.getId(),
                from.getName(),
                next.map(AcademicYear::getId).orElse(null),
                plan.toYear(),
                !schoolClock.today().isBefore(from.getEndsOn()),
                plan.graduationDate(),
                moves(plan, counts),
                plan.graduations().stream()
                        .map(
                                g ->
                                        new RolloverPreview.GraduatingClass(
                                                g.classId(),
                                                g.title(),
                                                studying(g.classId()).size()))
                        .toList(),
                counts.total(counts.timetable),
                counts.total(counts.assignments),
                count("LessonPlan.countOfYear", from.getId()),
                count("Room.count", null),
                count("Staff.count", null),
                count("Subject.count", null));
    }

    /**
     * Rolls the year over, all or nothing: creates the next year when missing, graduates the
     * grade-11 classes and their pupils, moves the other classes up one grade and records the
     * rollover.
     *
     * @throws JournalException NOT_FOUND for a year of another school; CONFLICT when the year (or a
     *     later one) was already rolled over, naming the years
     */
    public RolloverReport run(long fromYearId) {
        AcademicYear from = year(fromYearId);
        Optional<AcademicYear> next = nextYear(from);
        Rollover plan = plan(from, next);
        Counts counts = counts();
        AcademicYear to =
                next.orElseGet(
                        () -> year(calendars.createStandardYear(from.getStartsOn().getYear() + 1)));
        LocalDate leaving = to.getStartsOn();
        List<RolloverPreview.GraduatingClass> graduated =
                plan.graduations().stream()
                        .map(
                                g -> {
                                    SchoolClass schoolClass = schoolClass(g.classId());
                                    List<Pupil> pupils = studying(g.classId());
                                    for (Pupil p : pupils) {
                                        em.persist(
                                                new PupilMovement(
                                                        p,
                                                        MovementKind.WITHDRAWAL,
                                                        leaving,
                                                        schoolClass,
                                                        null,
                                                        Rollover.GRADUATION_NOTE,
                                                        caller.login(),
                                                        clock.instant()));
                                        p.withdraw(leaving);
                                    }
                                    schoolClass.graduate(plan.graduationYear());
                                    return new RolloverPreview.GraduatingClass(
                                            g.classId(), g.title(), pupils.size());
                                })
                        .toList();
        em.flush();
        // the highest grade first, flushed grade by grade: a class never meets its own next title
        for (List<Rollover.Promotion> grade : plan.promotionsByGrade()) {
            for (Rollover.Promotion p : grade) {
                schoolClass(p.classId()).promote();
            }
            em.flush();
        }
        YearRollover done = new YearRollover(from, to, caller.login(), clock.instant());
        em.persist(done);
        em.flush();
        statistics.afterCommit(
                "pupil", "pupil_movement", "school_class", "academic_year", "study_period");
        return new RolloverReport(
                from.getId(),
                from.getName(),
                to.getId(),
                to.getName(),
                next.isEmpty(),
                leaving,
                moves(plan, counts),
                graduated,
                counts.total(counts.timetable),
                counts.total(counts.assignments),
                done.getDoneAt(),
                done.getDoneBy());
    }

    private Rollover plan(AcademicYear from, Optional<AcademicYear> next) {
        String toName;
        LocalDate toStart;
        if (next.isPresent()) {
            toName = next.get().getName();
            toStart = next.get().getStartsOn();
        } else {
            YearPlan standard = YearPlan.standard(from.getStartsOn().getYear() + 1);
            toName = standard.name();
            toStart = standard.startsOn();
        }
        List<Rollover.SchoolClassRef> classes =
                em.createNamedQuery("SchoolClass.all", SchoolClass.class).getResultList().stream()
                        .map(
                                c ->
                                        new Rollover.SchoolClassRef(
                                                c.getId(), c.getGrade(), c.getLetter()))
                        .toList();
        List<Rollover.Done> done =
                em.createNamedQuery("YearRollover.all", YearRollover.class).getResultList().stream()
                        .map(r -> new Rollover.Done(ref(r.getFromYear()), r.getToYear().getName()))
                        .toList();
        return Rollover.plan(ref(from), toName, toStart, classes, done);
    }

    private static Rollover.Year ref(AcademicYear y) {
        return new Rollover.Year(y.getId(), y.getName(), y.getStartsOn());
    }

    /** The year that starts in the calendar year after {@code from} starts, if it exists. */
    private Optional<AcademicYear> nextYear(AcademicYear from) {
        int startYear = from.getStartsOn().getYear() + 1;
        return em.createNamedQuery("AcademicYear.all", AcademicYear.class).getResultList().stream()
                .filter(y -> y.getStartsOn().getYear() == startYear)
                .filter(y -> y.getStartsOn().isAfter(from.getEndsOn()))
                .reduce((later, earlier) -> earlier);
    }

    private List<RolloverPreview.ClassMove> moves(Rollover plan, Counts counts) {
        return plan.promotions().stream()
                .sorted(
                        java.util.Comparator.comparingInt(Rollover.Promotion::fromGrade)
                                .thenComparing(Rollover.Promotion::from))
                .map(
                        p ->
                                new RolloverPreview.ClassMove(
                                        p.classId(),
                                        p.from(),
                                        p.to(),
                                        counts.timetable.getOrDefault(p.classId(), 0L),
                                        counts.assignments.getOrDefault(p.classId(), 0L)))
                .toList();
    }

    /** Timetable entries and teaching assignments per current class. */
    private record Counts(Map<Long, Long> timetable, Map<Long, Long> assignments) {
        long total(Map<Long, Long> counts) {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private Counts counts() {
        return new Counts(
                perClass("TimetableEntry.countByCurrentClass"),
                perClass("TeachingAssignment.countByCurrentClass"));
    }

    private Map<Long, Long> perClass(String query) {
        Map<Long, Long> counts = new HashMap<>();
        em.createNamedQuery(query, Object[].class)
                .getResultList()
                .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private long count(String name, Long yearId) {
        var query = em.createNamedQuery(name, Long.class);
        if (yearId != null) {
            query.setParameter("yearId", yearId);
        }
        return query.getSingleResult();
    }

    /** The class's pupils still at the school. */
    private List<Pupil> studying(long classId) {
        return em
                .createNamedQuery("Pupil.ofClass", Pupil.class)
                .setParameter("classId", classId)
                .getResultList()
                .stream()
                .filter(p -> p.getWithdrawnOn() == null)
                .toList();
    }

    private AcademicYear year(long yearId) {
        AcademicYear year = em.find(AcademicYear.class, yearId);
        if (year == null) {
            throw JournalException.notFound("academic year " + yearId);
        }
        return year;
    }

    private SchoolClass schoolClass(long classId) {
        SchoolClass schoolClass = em.find(SchoolClass.class, classId);
        if (schoolClass == null) {
            throw JournalException.notFound("class " + classId);
        }
        return schoolClass;
    }
}
