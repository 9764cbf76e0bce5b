package org.schooljournal.calendar.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A named bell schedule of a school (R-S10), stored as its periods. The periods are always a
 * checked {@link BellSchedule}: they are only ever replaced as a whole by one that passed its
 * rules.
 */
@Entity
@Table(name = "bell_schedule")
@NamedQuery(
        name = "BellScheduleDefinition.all",
        query =
                "select distinct s from BellScheduleDefinition s left join fetch s.periods"
                        + " order by s.id")
public class BellScheduleDefinition extends SchoolOwned {
    public static final int NAME_LENGTH = 100;

    private String name;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lessonNumber")
    private List<BellPeriod> periods = new ArrayList<>();

    protected BellScheduleDefinition() {}

    public BellScheduleDefinition(String name, BellSchedule bells) {
        rename(name);
        replace(bells);
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = Objects.requireNonNull(name).strip();
    }

    /** Whether this is the name, ignoring case and surrounding blanks. */
    public boolean isNamed(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }

    /**
     * Takes over the periods of {@code bells}. Rows of lessons kept are updated in place, since
     * deleting and inserting a lesson number in one flush would trip the unique (schedule, number)
     * key.
     */
    public void replace(BellSchedule bells) {
        List<BellSchedule.Period> wanted = bells.periods();
        for (int i = 0; i < wanted.size(); i++) {
            BellSchedule.Period p = wanted.get(i);
            if (i < periods.size()) {
                periods.get(i).retime(p.start(), p.end());
            } else {
                periods.add(new BellPeriod(this, p.number(), p.start(), p.end()));
            }
        }
        while (periods.size() > wanted.size()) {
            periods.remove(periods.size() - 1);
        }
    }

    /** The stored periods as a checked schedule. */
    public BellSchedule bells() {
        return BellSchedule.of(
                periods.stream()
                        .map(
                                p ->
                                        new BellSchedule.Period(
                                                p.getLessonNumber(),
                                                p.getStartsAt(),
                                                p.getEndsAt()))
                        .toList());
    }
}
