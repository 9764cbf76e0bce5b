package org.schooljournal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A year rollover done (issue 3 item 13): the school's classes moved from one year to the next. One
 * per school and year, so a rollover is never done twice.
 */
@Entity
@Table(name = "rollover")
@NamedQuery(
        name = "YearRollover.all",
        query =
                "select r from YearRollover r join fetch r.fromYear join fetch r.toYear"
                        + " order by r.doneAt")
public class YearRollover extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_year_id")
    private AcademicYear fromYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_year_id")
    private AcademicYear toYear;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Column(name = "done_by")
    private String doneBy;

    protected YearRollover() {}

    public YearRollover(AcademicYear fromYear, AcademicYear toYear, String doneBy, Instant doneAt) {
        this.fromYear = Objects.requireNonNull(fromYear);
        this.toYear = Objects.requireNonNull(toYear);
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = doneAt.atOffset(ZoneOffset.UTC);
    }

    public AcademicYear getFromYear() {
        return fromYear;
    }

    public AcademicYear getToYear() {
        return toYear;
    }

    public OffsetDateTime getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
