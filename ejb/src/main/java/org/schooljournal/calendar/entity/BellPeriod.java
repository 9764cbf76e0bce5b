package org.schooljournal.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;

/** One lesson of a bell schedule; its rules are checked by the schedule as a whole. */
@Entity
@Table(name = "bell_period")
public class BellPeriod extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    private BellScheduleDefinition schedule;

    @Column(name = "lesson_number")
    private int lessonNumber;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    protected BellPeriod() {}

    BellPeriod(BellScheduleDefinition schedule, int lessonNumber, LocalTime start, LocalTime end) {
        this.schedule = Objects.requireNonNull(schedule);
        this.lessonNumber = lessonNumber;
        retime(start, end);
    }

    void retime(LocalTime start, LocalTime end) {
        this.startsAt = Objects.requireNonNull(start);
        this.endsAt = Objects.requireNonNull(end);
    }

    public int getLessonNumber() {
        return lessonNumber;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }
}
