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
 * The current school year and the study periods of a grade in it, which the year marks and the
 * summary sheet are about (R-J12, R-C10). The current year is the one containing today; in the
 * summer, the latest year that has begun.
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

    /** The year's periods for the grade, in order, without a whole-year period. */
    public List<StudyPeriod> of(AcademicYear year, int grade) {
        return em.createQuery(
                        "select p from StudyPeriod p where p.year.id = :yearId"
                                + " and p.gradeFrom <= :grade and p.gradeTo >= :grade"
                                + " and p.kind <> :year order by p.startsOn",
                        StudyPeriod.class)
                .setParameter("yearId", year.getId())
                .setParameter("grade", grade)
                .setParameter("year", PeriodKind.YEAR)
                .getResultList();
    }
}
