package org.schooljournal.calendar.entity;

import jakarta.persistence.Column;
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
                "select p from StudyPeriod p where p.year.id = :yearId order by p.gradeFrom, p.startsOn")
@NamedQuery(
        name = "StudyPeriod.all",
        query = "select p from StudyPeriod p order by p.gradeFrom, p.startsOn")
@NamedQuery(
        name = "StudyPeriod.forGradeOn",
        query =
                "select p from StudyPeriod p where p.gradeFrom <= :grade and p.gradeTo >= :grade"
                        + " and p.startsOn <= :date and p.endsOn >= :date")
@NamedQuery(
        name = "StudyPeriod.endingBetween",
        query =
                "select p from StudyPeriod p where p.endsOn between :from and :to order by p.endsOn")
@NamedQuery(
        name = "StudyPeriod.ofYearByStart",
        query = "select p from StudyPeriod p where p.year.id = :yearId order by p.startsOn")
public class StudyPeriod extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private AcademicYear year;

    @Enumerated(EnumType.STRING)
    private PeriodKind kind;

    private int number;

    @Column(name = "grade_from")
    private int gradeFrom;

    @Column(name = "grade_to")
    private int gradeTo;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

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
        this.gradeFrom = gradeFrom;
        this.gradeTo = gradeTo;
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
    }

    public boolean covers(int grade) {
        return grade >= gradeFrom && grade <= gradeTo;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
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

    public int getGradeFrom() {
        return gradeFrom;
    }

    public int getGradeTo() {
        return gradeTo;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
