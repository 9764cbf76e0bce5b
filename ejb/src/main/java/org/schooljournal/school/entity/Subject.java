package org.schooljournal.school.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/** A subject taught in a school, with its grading system. */
@Entity
@Table(name = "subject")
@NamedQuery(name = "Subject.all", query = "select s from Subject s order by s.name")
@NamedQuery(name = "Subject.count", query = "select count(s) from Subject s")
public class Subject extends SchoolOwned {
    /** The longest name the table takes. */
    public static final int NAME_MAX = 200;

    private String name;

    @Enumerated(EnumType.STRING)
    private Grading grading;

    /** R-S03: a subject of the federal list (ФБУП), not of the school's own component. */
    private boolean federal;

    /**
     * The minutes a homework of this subject counts when its teacher entered none (the deputy's
     * homework volume check); null: the model's default.
     */
    @jakarta.persistence.Column(name = "homework_minutes")
    private Integer homeworkMinutes;

    protected Subject() {}

    public Subject(String name, Grading grading) {
        this.name = name;
        this.grading = grading;
    }

    /** A subject of the federal list (ФБУП) with its default grading. */
    public static Subject federal(String name, Grading grading) {
        Subject subject = new Subject(checkedName(name), Objects.requireNonNull(grading));
        subject.federal = true;
        return subject;
    }

    /** A subject of the school's own component. */
    public static Subject own(String name, Grading grading) {
        return new Subject(checkedName(name), Objects.requireNonNull(grading));
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX) {
            throw new JournalException(JournalException.Kind.INVALID, "subjects.name", NAME_MAX);
        }
        return stripped;
    }

    public Integer getHomeworkMinutes() {
        return homeworkMinutes;
    }

    /** Sets the default minutes of this subject's homework (1..240), or clears them (null). */
    public void changeHomeworkMinutes(Integer minutes) {
        this.homeworkMinutes = checkedHomeworkMinutes(minutes);
    }

    /** The most minutes one homework may count; more is a typing error. */
    public static final int HOMEWORK_MINUTES_MAX = 240;

    /**
     * Minutes of a homework as the journal keeps them: null (not said) or 1..{@value
     * #HOMEWORK_MINUTES_MAX}.
     *
     * @throws JournalException ({@code INVALID}, {@code homework.minutes}) otherwise
     */
    public static Integer checkedHomeworkMinutes(Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > HOMEWORK_MINUTES_MAX)) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "homework.minutes", HOMEWORK_MINUTES_MAX);
        }
        return minutes;
    }

    /** Whether the name is this subject's, ignoring case and surrounding blanks. */
    public boolean isNamed(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }

    public void rename(String newName) {
        this.name = checkedName(newName);
    }

    /**
     * Sets the grading system. The boundary first makes sure that no mark already given would fall
     * outside the new scale.
     */
    public void changeGrading(Grading newGrading) {
        this.grading = Objects.requireNonNull(newGrading);
    }

    /** Marks the subject as one of the federal list (a school subject of the same name). */
    public void markFederal() {
        this.federal = true;
    }

    public boolean isFederal() {
        return federal;
    }

    public String getName() {
        return name;
    }

    public Grading getGrading() {
        return grading;
    }
}
