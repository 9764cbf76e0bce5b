package org.schooljournal.calendar.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A study period of a year for a range of grades: e.g. the 2nd quarter for grades 1-9, or the 1st
 * half-year for grades 10-11 (R-S01).
 */
@Entity
@Table(name = "study_period")
@NamedQuery(
        name = "StudyPeriod.ofYear",
        query =
                "select p from StudyPeriod p where p.year.id = :yearId order by p.grades.gradeFrom,"
                        + " p.dates.startsOn")
@NamedQuery(
        name = "StudyPeriod.all",
        query = "select p from StudyPeriod p order by p.grades.gradeFrom, p.dates.startsOn")
@NamedQuery(
        name = "StudyPeriod.forGradeOn",
        query =
                "select p from StudyPeriod p where p.grades.gradeFrom <= :grade and"
                        + " p.grades.gradeTo >= :grade and p.dates.startsOn <= :date and p.dates.endsOn"
                        + " >= :date")
@NamedQuery(
        name = "StudyPeriod.endingBetween",
        query =
                "select p from StudyPeriod p where p.dates.endsOn between :from and :to order by"
                        + " p.dates.endsOn")
@NamedQuery(
        name = "StudyPeriod.ofYearByStart",
        query = "select p from StudyPeriod p where p.year.id = :yearId order by p.dates.startsOn")
public class StudyPeriod extends SchoolOwned implements GradeDateSpan {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private AcademicYear year;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    private int number;

    @Embedded private GradeRange grades;

    @Embedded
    @AttributeOverride(name = "startsOn", column = @Column(name = "starts_on"))
    @AttributeOverride(name = "endsOn", column = @Column(name = "ends_on"))
    private DateRange dates;

    protected StudyPeriod() {}

    public StudyPeriod(
            AcademicYear year,
            PeriodKind kind,
            int number,
            int gradeFrom,
            int gradeTo,
            LocalDate startsOn,
            LocalDate endsOn) {
        this.year = Objects.requireNonNull(year);
        this.kind = Objects.requireNonNull(kind);
        this.number = number;
        this.grades = new GradeRange(gradeFrom, gradeTo);
        this.dates = new DateRange(startsOn, endsOn);
    }

    public boolean covers(int grade) {
        return grades.includes(grade);
    }

    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    public AcademicYear getYear() {
        return year;
    }

    public PeriodKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    @Override
    public GradeRange getGrades() {
        return grades;
    }

    @Override
    public DateRange getDates() {
        return dates;
    }
}
