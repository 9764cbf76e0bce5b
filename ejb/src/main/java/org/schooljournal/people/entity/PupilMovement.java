package org.schooljournal.people.entity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.SchoolClass;

/**
 * One movement of a pupil (R-S13): {@code onDate} is the first day in the new class (or the first
 * day away from the school for a withdrawal).
 */
@Entity
@Table(name = "pupil_movement")
@NamedQuery(
        name = "PupilMovement.ofPupil",
        query = "select m from PupilMovement m where m.pupil.id = :pupilId order by m.onDate, m.id")
@NamedQuery(
        name = "PupilMovement.touchingClass",
        query =
                "select m from PupilMovement m join fetch m.pupil"
                        + " where m.fromClass.id = :classId or m.toClass.id = :classId"
                        + " order by m.onDate, m.id")
public class PupilMovement extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @Enumerated(EnumType.STRING)
    private MovementKind kind;

    @Column(name = "on_date")
    private LocalDate onDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_class_id")
    private SchoolClass fromClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_class_id")
    private SchoolClass toClass;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected PupilMovement() {}

    public PupilMovement(
            Pupil pupil,
            MovementKind kind,
            LocalDate onDate,
            SchoolClass fromClass,
            SchoolClass toClass,
            String note,
            String recordedBy,
            Instant recordedAt) {
        this.pupil = Objects.requireNonNull(pupil);
        this.kind = Objects.requireNonNull(kind);
        this.onDate = Objects.requireNonNull(onDate);
        this.fromClass = fromClass;
        this.toClass = toClass;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = recordedAt.atOffset(ZoneOffset.UTC);
    }

    public Pupil getPupil() {
        return pupil;
    }

    public MovementKind getKind() {
        return kind;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public SchoolClass getFromClass() {
        return fromClass;
    }

    public SchoolClass getToClass() {
        return toClass;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
