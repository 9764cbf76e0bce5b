package org.schooljournal.calendar.entity;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;

/**
 * The days from {@code startsOn} to {@code endsOn}, both included: a study period's or a holiday's
 * dates (R-S01, R-S02). A one-day range starts and ends on the same day; one that ends before it
 * starts is refused. The entities that embed it name its columns ({@code @AttributeOverride}).
 */
@Embeddable
public class DateRange {
    private LocalDate startsOn;

    private LocalDate endsOn;

    protected DateRange() {}

    public DateRange(LocalDate startsOn, LocalDate endsOn) {
        this.startsOn = Objects.requireNonNull(startsOn, "startsOn");
        this.endsOn = Objects.requireNonNull(endsOn, "endsOn");
        if (startsOn.isAfter(endsOn)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "calendar.dates.order", startsOn, endsOn);
        }
    }

    /** Whether {@code date} is one of the range's days. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
    }

    /** The days both ranges share; call only when they {@link #overlaps} . */
    public DateRange intersection(DateRange other) {
        return new DateRange(
                startsOn.isAfter(other.startsOn) ? startsOn : other.startsOn,
                endsOn.isBefore(other.endsOn) ? endsOn : other.endsOn);
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateRange r && startsOn.equals(r.startsOn) && endsOn.equals(r.endsOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsOn, endsOn);
    }

    @Override
    public String toString() {
        return startsOn + ".." + endsOn;
    }
}
