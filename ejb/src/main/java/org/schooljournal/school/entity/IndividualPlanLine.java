package org.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;

/**
 * R-S07: one subject of a pupil's individual study plan (ИУП) that departs from the class: taught
 * to the pupil alone (in its own one-pupil group, with its own hours) or not studied at all. Either
 * way the pupil leaves the class's journal of that subject.
 */
@Entity
@Table(name = "individual_plan_line")
@NamedQuery(
        name = "IndividualPlanLine.all",
        query = "select l from IndividualPlanLine l join fetch l.subject order by l.pupilId")
@NamedQuery(
        name = "IndividualPlanLine.ofSubject",
        query = "select l.pupilId from IndividualPlanLine l where l.subject.id = :subjectId")
@NamedQuery(
        name = "IndividualPlanLine.ofPupil",
        query =
                "select l from IndividualPlanLine l join fetch l.subject"
                        + " where l.pupilId = :pupilId order by l.subject.name")
@NamedQuery(
        name = "IndividualPlanLine.ungroup",
        query = "update IndividualPlanLine l set l.group = null where l.group.id = :id")
public class IndividualPlanLine extends org.schooljournal.platform.entity.SchoolOwned {
    public static final int MAX_NOTE = 300;

    /** How the subject departs from the class. */
    public enum Mode {
        INDIVIDUAL,
        NOT_STUDIED
    }

    @Column(name = "pupil_id")
    private long pupilId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Enumerated(EnumType.STRING)
    private Mode mode;

    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private StudyGroup group;

    private String note;

    protected IndividualPlanLine() {}

    public IndividualPlanLine(long pupilId, Subject subject) {
        this.pupilId = pupilId;
        this.subject = Objects.requireNonNull(subject);
    }

    /**
     * Sets the departure. An individually taught subject needs its weekly hours and the group the
     * pupil is taught in; a subject not studied has neither.
     */
    public void define(Mode mode, BigDecimal hours, StudyGroup group, String note) {
        Objects.requireNonNull(mode);
        if (mode == Mode.INDIVIDUAL) {
            if (hours == null) {
                throw new JournalException(
                        JournalException.Kind.INVALID, "plan.hours.missing", subject.getName());
            }
            this.hoursPerWeek = CurriculumLine.checkedHours(hours, false);
            this.group = Objects.requireNonNull(group);
        } else {
            this.hoursPerWeek = null;
            this.group = null;
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > MAX_NOTE) {
            throw new JournalException(JournalException.Kind.INVALID, "plan.note.long", MAX_NOTE);
        }
        this.mode = mode;
        this.note = n;
    }

    public long getPupilId() {
        return pupilId;
    }

    public Subject getSubject() {
        return subject;
    }

    public Mode getMode() {
        return mode;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public StudyGroup getGroup() {
        return group;
    }

    public String getNote() {
        return note;
    }
}
