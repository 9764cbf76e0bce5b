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

/** Holidays or a day off in a year, for a range of grades (R-S02): no lessons on these days. */
@Entity
@Table(name = "holiday")
@NamedQuery(
        name = "Holiday.ofYear",
        query = "select h from Holiday h where h.year.id = :yearId order by h.dates.startsOn")
@NamedQuery(
        name = "Holiday.all",
        query = "select h from Holiday h order by h.dates.startsOn, h.grades.gradeFrom")
@NamedQuery(
        name = "Holiday.overlapping",
        query = "select h from Holiday h where h.dates.startsOn <= :to and h.dates.endsOn >= :from")
public class Holiday extends SchoolOwned implements GradeDateSpan {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private AcademicYear year;

    @Enumerated(EnumType.STRING)
    private HolidayKind kind;

    private String name;

    @Embedded private GradeRange grades = new GradeRange(1, 11);

    @Embedded
    @AttributeOverride(name = "startsOn", column = @Column(name = "starts_on"))
    @AttributeOverride(name = "endsOn", column = @Column(name = "ends_on"))
    private DateRange dates;

    protected Holiday() {}

    public Holiday(
            AcademicYear year,
            HolidayKind kind,
            String name,
            int gradeFrom,
            int gradeTo,
            LocalDate startsOn,
            LocalDate endsOn) {
        this.year = Objects.requireNonNull(year);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.grades = new GradeRange(gradeFrom, gradeTo);
        this.dates = new DateRange(startsOn, endsOn);
    }

    /** Whether pupils of this grade have no lessons on this date because of it. */
    public boolean frees(int grade, LocalDate date) {
        return grades.includes(grade) && dates.contains(date);
    }

    public AcademicYear getYear() {
        return year;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
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
