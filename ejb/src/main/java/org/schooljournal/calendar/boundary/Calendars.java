package org.schooljournal.calendar.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.Holiday;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.platform.control.Tenanted;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The school's academic years: study periods per grade range, holidays and days off (R-S01, R-S02,
 * R-S14). The head, the deputy head and the school administrator set them up; teachers read them. A
 * plan is replaced as a whole and only when {@link YearPlan} finds it valid, so nothing is ever
 * stored half.
 */
@Stateless
@Tenanted
@RolesAllowed({Role.HEAD, Role.DEPUTY_HEAD, Role.SCHOOL_ADMIN})
public class Calendars {
    @PersistenceContext EntityManager em;

    /** The school's years, the latest first, each with its periods and holidays. */
    @RolesAllowed(Role.STAFF)
    public List<YearData> years() {
        List<AcademicYear> years =
                em.createNamedQuery("AcademicYear.all", AcademicYear.class).getResultList();
        Map<Long, List<StudyPeriodData>> periods = new LinkedHashMap<>();
        for (StudyPeriod p :
                em.createNamedQuery("StudyPeriod.all", StudyPeriod.class).getResultList()) {
            periods.computeIfAbsent(p.getYear().getId(), k -> new java.util.ArrayList<>())
                    .add(view(p));
        }
        Map<Long, List<HolidayData>> holidays = new LinkedHashMap<>();
        for (Holiday h : em.createNamedQuery("Holiday.all", Holiday.class).getResultList()) {
            holidays.computeIfAbsent(h.getYear().getId(), k -> new java.util.ArrayList<>())
                    .add(view(h));
        }
        return years.stream()
                .map(
                        y ->
                                view(
                                        y,
                                        periods.getOrDefault(y.getId(), List.of()),
                                        holidays.getOrDefault(y.getId(), List.of())))
                .toList();
    }

    /** One year with its periods and holidays; another school's year is "not found". */
    @RolesAllowed(Role.STAFF)
    public YearData year(long yearId) {
        return view(find(yearId));
    }

    /** The year that contains the date, if the school has set one up. */
    @RolesAllowed(Role.STAFF)
    public Optional<YearData> yearOn(@NotNull LocalDate date) {
        return containing(date).map(this::view);
    }

    /**
     * Creates the usual Russian year starting in {@code startYear} ({@link YearPlan#standard}):
     * quarters for grades 1-9, half-years for 10-11, autumn, winter and spring holidays, extra
     * holidays for grade 1 and the public days off. Refuses a year that overlaps an existing one.
     *
     * @return the new year's id
     */
    public long createStandardYear(@Min(2000) @Max(2100) int startYear) {
        YearPlan plan = YearPlan.standard(startYear).check();
        List<AcademicYear> existing =
                em.createNamedQuery("AcademicYear.overlapping", AcademicYear.class)
                        .setParameter("from", plan.startsOn())
                        .setParameter("to", plan.endsOn())
                        .getResultList();
        if (!existing.isEmpty()) {
            AcademicYear other = existing.get(0);
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "calendar.year.exists",
                    plan.name(),
                    other.getName());
        }
        AcademicYear year = new AcademicYear(plan.startsOn(), plan.endsOn());
        em.persist(year);
        store(year, plan);
        em.flush();
        return year.getId();
    }

    /**
     * Replaces the year's periods and holidays by the given ones. The whole plan is checked first
     * (every period inside the year, one kind per grade, numbered in date order, no overlaps, no
     * school days left out, holidays not overlapping for a grade); an invalid plan is refused with
     * its first problem, named ({@link JournalException.Kind#INVALID}), and nothing is changed.
     */
    public void replacePlan(
            long yearId,
            @NotNull @Size(max = 200) @Valid List<@NotNull PeriodInput> periods,
            @NotNull @Size(max = 200) @Valid List<@NotNull HolidayInput> holidays) {
        AcademicYear year = find(yearId);
        YearPlan plan =
                new YearPlan(
                                year.getStartsOn(),
                                year.getEndsOn(),
                                periods.stream().map(PeriodInput::toPeriod).toList(),
                                holidays.stream().map(HolidayInput::toHoliday).toList())
                        .check();
        periodsOf(yearId).forEach(em::remove);
        holidaysOf(yearId).forEach(em::remove);
        store(year, plan);
        em.flush();
    }

    /** The study period of the grade on the date, e.g. the 2nd quarter for grade 5 on 20.11. */
    @RolesAllowed(Role.STAFF)
    public Optional<StudyPeriodData> periodOf(@Min(1) @Max(11) int grade, @NotNull LocalDate date) {
        return em
                .createNamedQuery("StudyPeriod.forGradeOn", StudyPeriod.class)
                .setParameter("grade", grade)
                .setParameter("date", date)
                .getResultList()
                .stream()
                .findFirst()
                .map(Calendars::view);
    }

    /**
     * Whether a class of the grade with a {@code weekDays}-day week has lessons on the date: inside
     * a period of its grade, not a weekly day of rest, not in its holidays. False when no year
     * contains the date.
     */
    @RolesAllowed(Role.STAFF)
    public boolean isSchoolDay(
            @Min(1) @Max(11) int grade, @NotNull LocalDate date, @Min(5) @Max(6) int weekDays) {
        return containing(date)
                .map(y -> schoolDays(y).isStudyDay(grade, weekDays, date))
                .orElse(false);
    }

    /**
     * The study days of a year, as an immutable value to ask many dates of (lesson generation): one
     * query per call, none afterwards.
     */
    @RolesAllowed(Role.STAFF)
    public SchoolDays schoolDays(long yearId) {
        return schoolDays(find(yearId));
    }

    private SchoolDays schoolDays(AcademicYear year) {
        return new SchoolDays(
                periodsOf(year.getId()).stream().map(Calendars::plan).toList(),
                holidaysOf(year.getId()).stream().map(Calendars::plan).toList());
    }

    private void store(AcademicYear year, YearPlan plan) {
        for (YearPlan.Period p : plan.periods()) {
            em.persist(
                    new StudyPeriod(
                            year,
                            p.kind(),
                            p.number(),
                            p.gradeFrom(),
                            p.gradeTo(),
                            p.startsOn(),
                            p.endsOn()));
        }
        for (YearPlan.Holiday h : plan.holidays()) {
            em.persist(
                    new Holiday(
                            year,
                            h.kind(),
                            h.name(),
                            h.gradeFrom(),
                            h.gradeTo(),
                            h.startsOn(),
                            h.endsOn()));
        }
    }

    private AcademicYear find(long yearId) {
        AcademicYear year = em.find(AcademicYear.class, yearId);
        if (year == null) {
            throw JournalException.notFound("academic year " + yearId);
        }
        return year;
    }

    private Optional<AcademicYear> containing(LocalDate date) {
        return em
                .createNamedQuery("AcademicYear.containing", AcademicYear.class)
                .setParameter("date", date)
                .getResultList()
                .stream()
                .findFirst();
    }

    private List<StudyPeriod> periodsOf(long yearId) {
        return em.createNamedQuery("StudyPeriod.ofYear", StudyPeriod.class)
                .setParameter("yearId", yearId)
                .getResultList();
    }

    private List<Holiday> holidaysOf(long yearId) {
        return em.createNamedQuery("Holiday.ofYear", Holiday.class)
                .setParameter("yearId", yearId)
                .getResultList();
    }

    private YearData view(AcademicYear y) {
        return view(
                y,
                periodsOf(y.getId()).stream().map(Calendars::view).toList(),
                holidaysOf(y.getId()).stream().map(Calendars::view).toList());
    }

    private static YearData view(
            AcademicYear y, List<StudyPeriodData> periods, List<HolidayData> holidays) {
        return new YearData(
                y.getId(), y.getName(), y.getStartsOn(), y.getEndsOn(), periods, holidays);
    }

    static StudyPeriodData view(StudyPeriod p) {
        return new StudyPeriodData(
                p.getId(),
                p.getYear().getId(),
                p.getKind(),
                p.getNumber(),
                p.getGradeFrom(),
                p.getGradeTo(),
                p.getStartsOn(),
                p.getEndsOn(),
                plan(p).title());
    }

    static HolidayData view(Holiday h) {
        return new HolidayData(
                h.getId(),
                h.getKind(),
                h.getName(),
                h.getGradeFrom(),
                h.getGradeTo(),
                h.getStartsOn(),
                h.getEndsOn());
    }

    /** A stored period as the plan's rules read it. */
    public static YearPlan.Period plan(StudyPeriod p) {
        return new YearPlan.Period(
                p.getKind(),
                p.getNumber(),
                p.getGradeFrom(),
                p.getGradeTo(),
                p.getStartsOn(),
                p.getEndsOn());
    }

    /** Stored holidays or a day off as the plan's rules read them. */
    public static YearPlan.Holiday plan(Holiday h) {
        return new YearPlan.Holiday(
                h.getKind(),
                h.getName(),
                h.getGradeFrom(),
                h.getGradeTo(),
                h.getStartsOn(),
                h.getEndsOn());
    }
}
