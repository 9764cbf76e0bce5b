package org.schooljournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.calendar.entity.PeriodKind;
import org.schooljournal.calendar.entity.StudyPeriod;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;

/**
 * The school year the year marks and the summary sheet are about (R-J12, R-C10), and the study
 * periods of a grade in it. Unless the reader chooses a year it is the current one: the year
 * containing the school's today; in the summer, the latest year that has begun.
 */
@Dependent
public class YearPeriods {
    @Inject EntityManager em;

    @Inject SchoolClock schoolClock;

    public AcademicYear current() {
        LocalDate today = schoolClock.today();
        List<AcademicYear> years =
                em.createNamedQuery("AcademicYear.all", AcademicYear.class).getResultList();
        return years.stream()
                .filter(y -> y.contains(today))
                .findFirst()
                .or(() -> years.stream().filter(y -> !y.getStartsOn().isAfter(today)).findFirst())
                .or(() -> years.stream().reduce((a, b) -> b))
                .orElseThrow(() -> JournalException.notFound("school year"));
    }

    /** The chosen year of the caller's school, or the current one when {@code yearId} is null. */
    public AcademicYear chosenOrCurrent(Long yearId) {
        if (yearId == null) {
            return current();
        }
        AcademicYear year = em.find(AcademicYear.class, yearId);
        if (year == null) {
            throw JournalException.notFound("school year " + yearId);
        }
        return year;
    }

    /**
     * The grade a class (or group) of grade {@code gradeNow} had in {@code year}: a class keeps its
     * row across the years and the rollover moves it up one grade a year (R-S05), so last year's
     * periods are those of the grade below. A graduated class moved up no more after the year it
     * graduated in. In the current year, the grade as it is.
     */
    public int gradeIn(int gradeNow, int graduatedIn, AcademicYear year) {
        return gradeIn(
                gradeNow,
                graduatedIn,
                year,
                current(),
                em.createNamedQuery("AcademicYear.all", AcademicYear.class).getResultList());
    }

    static int gradeIn(
            int gradeNow,
            int graduatedIn,
            AcademicYear year,
            AcademicYear current,
            List<AcademicYear> years) {
        long promotions =
                years.stream()
                        .filter(y -> y.getStartsOn().isAfter(year.getStartsOn()))
                        .filter(y -> !y.getStartsOn().isAfter(current.getStartsOn()))
                        .filter(y -> graduatedIn == 0 || y.getEndsOn().getYear() <= graduatedIn)
                        .count();
        return (int) Math.max(1, gradeNow - promotions);
    }

    /** The year's periods for the grade, in order, without a whole-year period. */
    public List<StudyPeriod> of(AcademicYear year, int grade) {
        return em.createQuery(
                        "select p from StudyPeriod p where p.year.id = :yearId"
                                + " and p.grades.gradeFrom <= :grade and p.grades.gradeTo >= :grade"
                                + " and p.kind <> :year order by p.dates.startsOn",
                        StudyPeriod.class)
                .setParameter("yearId", year.getId())
                .setParameter("grade", grade)
                .setParameter("year", PeriodKind.YEAR)
                .getResultList();
    }
}
