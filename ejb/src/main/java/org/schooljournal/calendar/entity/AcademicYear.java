package org.schooljournal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/** A school's academic year, such as 2026/2027 from 1 September to 31 May (R-S01). */
@Entity
@Table(name = "academic_year")
@NamedQuery(
        name = "AcademicYear.all",
        query = "select y from AcademicYear y order by y.startsOn desc")
@NamedQuery(
        name = "AcademicYear.containing",
        query = "select y from AcademicYear y where y.startsOn <= :date and y.endsOn >= :date")
@NamedQuery(
        name = "AcademicYear.overlapping",
        query = "select y from AcademicYear y where y.startsOn <= :to and y.endsOn >= :from")
public class AcademicYear extends SchoolOwned {
    private String name;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected AcademicYear() {}

    public AcademicYear(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = Objects.requireNonNull(startsOn);
        this.endsOn = Objects.requireNonNull(endsOn);
        if (!startsOn.isBefore(endsOn)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "calendar.year.bounds", startsOn, endsOn);
        }
        this.name = startsOn.getYear() + "/" + endsOn.getYear();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
