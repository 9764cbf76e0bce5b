package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.eclipse.persistence.config.QueryHints;
import org.schooljournal.people.entity.Pupil;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * A mark given to a pupil in a lesson for a work type (R-J05). It guards the subject's grading
 * system itself, so no path can store a mark outside the scale.
 */
@Entity
@Table(name = "mark")
@NamedQuery(
        name = "Mark.ofAssignment",
        query =
                "select m from Mark m where m.lesson.assignment.id = :assignmentId"
                        + " and m.lesson.date between :from and :to")
@NamedQuery(
        name = "Mark.inCell",
        query =
                "select m from Mark m where m.lesson.id = :lessonId and m.pupil.id = :pupilId"
                        + " and m.workType = :workType")
@NamedQuery(
        name = "Mark.ofPupil",
        query =
                "select m from Mark m join fetch m.lesson l join fetch l.assignment a"
                        + " join fetch a.subject where m.pupil.id = :pupilId"
                        + " and m.lessonDate between :from and :to"
                        + " order by l.date desc, l.number desc",
        hints = {@QueryHint(name = QueryHints.FETCH, value = "m.lesson.assignment.subject")})
@NamedQuery(
        name = "Mark.followLesson",
        query = "update Mark m set m.lessonDate = :date where m.lesson.id = :lessonId")
@NamedQuery(
        name = "Mark.ofJournalBetween",
        query =
                "select m.pupil.id, m.value, m.workType from Mark m join m.lesson l where"
                        + " l.assignment.id = :assignmentId and l.date between :from and :to order by"
                        + " l.date, l.number, m.workType")
@NamedQuery(
        name = "Mark.countOfSubjectNotIn",
        query =
                "select count(m) from Mark m where m.lesson.assignment.subject.id = :id and"
                        + " m.value not in :accepted")
@NamedQuery(
        name = "Mark.countOfSubject",
        query = "select count(m) from Mark m where m.lesson.assignment.subject.id = :id")
@NamedQuery(
        name = "Mark.countOfAssignment",
        query = "select count(m) from Mark m where m.lesson.assignment.id = :id")
@NamedQuery(
        name = "Mark.contentOfJournal",
        query =
                "select l.date, l.number, m.pupil.id, m.workType, m.value from Mark m join"
                        + " m.lesson l where l.assignment.id = :assignmentId and l.date between :from and"
                        + " :to")
public class Mark extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pupil_id")
    private Pupil pupil;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type")
    private WorkType workType;

    @Column(name = "mark_value")
    private String value;

    /**
     * Its lesson's date, kept beside the mark: a pupil's marks of some weeks (the diary) are then a
     * range of one index, whatever the number of marks the pupil has had this year (issue 11). A
     * moved lesson takes its marks' dates along ({@code Mark.followLesson}).
     */
    @Column(name = "lesson_date")
    private LocalDate lessonDate;

    @Column(name = "entered_at")
    private OffsetDateTime enteredAt;

    @Column(name = "entered_by")
    private String enteredBy;

    /** Entered at or after the order's deadline for its work type (R-J05): kept, but flagged. */
    private boolean late;

    protected Mark() {}

    public Mark(
            Lesson lesson,
            Pupil pupil,
            WorkType workType,
            String value,
            String enteredBy,
            Instant now) {
        this.lesson = Objects.requireNonNull(lesson);
        this.lessonDate = lesson.getDate();
        this.pupil = Objects.requireNonNull(pupil);
        this.workType = Objects.requireNonNull(workType);
        change(value, enteredBy, now);
    }

    /** Sets the value after checking it against the subject's grading system. */
    public final void change(String newValue, String by, Instant now) {
        var grading = lesson.getAssignment().getSubject().getGrading();
        String normalized = newValue == null ? null : newValue.strip();
        if (!grading.accepts(normalized)) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "mark.outsideScale",
                    newValue,
                    String.join(", ", grading.marks().stream().sorted().toList()));
        }
        this.value = normalized;
        this.enteredBy = by;
        this.enteredAt = now.atOffset(ZoneOffset.UTC);
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Pupil getPupil() {
        return pupil;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public String getValue() {
        return value;
    }

    public Instant getEnteredAt() {
        return enteredAt.toInstant();
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    /** Flags the latest entry when it was made at or after {@code deadline}. */
    public void checkDeadline(Instant deadline) {
        this.late = !enteredAt.toInstant().isBefore(deadline);
    }

    public boolean isLate() {
        return late;
    }
}
