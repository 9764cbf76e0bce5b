package org.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * One line of the school's curriculum (учебный план, R-S08): a subject taught in a grade, for a
 * profile ('' is the basic plan), so many hours a week.
 */
@Entity
@Table(name = "curriculum_line")
@NamedQuery(
        name = "CurriculumLine.all",
        query =
                "select l from CurriculumLine l join fetch l.subject"
                        + " order by l.grade, l.profile, l.subject.name")
@NamedQuery(
        name = "CurriculumLine.ofGrade",
        query =
                "select l from CurriculumLine l join fetch l.subject"
                        + " where l.grade = :grade and l.profile = :profile order by l.subject.name")
@NamedQuery(
        name = "CurriculumLine.find",
        query =
                "select l from CurriculumLine l where l.grade = :grade and l.profile = :profile"
                        + " and l.subject.id = :subjectId")
public class CurriculumLine extends SchoolOwned {
    /** The most weekly hours a line or an assignment takes. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("40");

    private int grade;

    private String profile = "";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;

    protected CurriculumLine() {}

    public CurriculumLine(int grade, String profile, Subject subject, BigDecimal hoursPerWeek) {
        if (grade < 1 || grade > 11) {
            throw new JournalException(JournalException.Kind.INVALID, "curriculum.grade", grade);
        }
        this.grade = grade;
        this.profile = profile == null ? "" : profile.strip();
        this.subject = Objects.requireNonNull(subject);
        this.hoursPerWeek = checkedHours(hoursPerWeek, false);
    }

    /**
     * Weekly hours as the tables keep them: one decimal place, above zero (or zero when allowed),
     * at most {@link #MAX_HOURS}.
     */
    public static BigDecimal checkedHours(BigDecimal hours, boolean zeroAllowed) {
        if (hours == null
                || hours.signum() < 0
                || (!zeroAllowed && hours.signum() == 0)
                || hours.compareTo(MAX_HOURS) > 0
                || hours.stripTrailingZeros().scale() > 1) {
            throw new JournalException(
                    JournalException.Kind.INVALID,
                    "curriculum.hours",
                    hours == null ? "" : hours.toPlainString());
        }
        return hours.setScale(1);
    }

    public void changeHours(BigDecimal hours) {
        this.hoursPerWeek = checkedHours(hours, false);
    }

    public int getGrade() {
        return grade;
    }

    public String getProfile() {
        return profile;
    }

    public Subject getSubject() {
        return subject;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }
}
