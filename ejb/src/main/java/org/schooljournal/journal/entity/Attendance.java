package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A pupil absent from a lesson or late for it, with the reason (R-J04); one per lesson and pupil.
 * It keeps who entered it and when, and whether that was after the order's deadline.
 */
@Entity
@Table(name = "attendance")
@NamedQuery(
        name = "Attendance.ofAssignment",
        query =
                "select a from Attendance a where a.lesson.assignment.id = :assignmentId"
                        + " and a.lesson.date between :from and :to")
@NamedQuery(
        name = "Attendance.inCell",
        query =
                "select a from Attendance a where a.lesson.id = :lessonId and a.pupil.id = :pupilId")
@NamedQuery(
        name = "Attendance.absencesByPupilAndKind",
        query =
                "select a.pupil.id, a.kind, count(a) from Attendance a where a.pupil.id in :ids"
                        + " and a.kind <> :late and a.lesson.date between :from and :to group by"
                        + " a.pupil.id, a.kind")
@NamedQuery(
        name = "Attendance.contentOfJournal",
        query =
                "select l.date, l.number, x.pupil.id, x.kind from Attendance x join x.lesson l"
                        + " where l.assignment.id = :assignmentId and l.date between :from and :to")
public class Attendance extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @Enumerated(EnumType.STRING)
    private AttendanceKind kind;

    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    @Column(name = "entered_by")
    private String enteredBy;

    private boolean late;

    protected Attendance() {}

    public Attendance(Lesson lesson, Pupil pupil) {
        this.lesson = Objects.requireNonNull(lesson);
        this.pupil = Objects.requireNonNull(pupil);
    }

    /** Records the reason, who entered it and when, flagged when at or after the deadline. */
    public void record(AttendanceKind kind, String by, Instant at, Instant deadline) {
        this.kind = Objects.requireNonNull(kind);
        this.enteredBy = Objects.requireNonNull(by);
        this.enteredAt = at.atOffset(ZoneOffset.UTC);
        this.late = !at.isBefore(deadline);
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public AttendanceKind getKind() {
        return kind;
    }

    public Instant getEnteredAt() {
        return enteredAt.toInstant();
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public boolean isLate() {
        return late;
    }
}
