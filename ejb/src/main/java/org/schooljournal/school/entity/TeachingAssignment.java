package org.schooljournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.schooljournal.platform.entity.SchoolOwned;

/** A teacher teaches a subject to a class: the key of one journal. */
@Entity
@Table(name = "teaching_assignment")
@NamedQuery(
        name = "TeachingAssignment.byTeacherAccount",
        query =
                "select t from TeachingAssignment t join fetch t.subject join fetch t.schoolClass"
                        + " join fetch t.teacher where t.teacher.accountId = :accountId"
                        + " order by t.schoolClass.grade, t.schoolClass.letter, t.subject.name")
@NamedQuery(
        name = "TeachingAssignment.all",
        query =
                "select t from TeachingAssignment t join fetch t.subject join fetch t.schoolClass"
                        + " join fetch t.teacher"
                        + " order by t.schoolClass.grade, t.schoolClass.letter, t.subject.name")
@NamedQuery(
        name = "TeachingAssignment.ofClassTeacherAccount",
        query =
                "select t from TeachingAssignment t join fetch t.subject join fetch t.schoolClass"
                        + " join fetch t.teacher where t.schoolClass.classTeacher.accountId = :accountId"
                        + " order by t.subject.name")
@NamedQuery(
        name = "TeachingAssignment.ofClass",
        query =
                "select t from TeachingAssignment t join fetch t.subject join fetch t.teacher"
                        + " where t.schoolClass.id = :classId order by t.subject.name")
public class TeachingAssignment extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    private Staff teacher;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    /** R-S08: the assignment's weekly hours (teaching load); null while not set. */
    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;

    protected TeachingAssignment() {}

    public TeachingAssignment(Staff teacher, Subject subject, SchoolClass schoolClass) {
        this.teacher = teacher;
        this.subject = subject;
        this.schoolClass = schoolClass;
    }

    public Staff getTeacher() {
        return teacher;
    }

    public Subject getSubject() {
        return subject;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public boolean isTaughtBy(Long accountId) {
        return accountId != null && accountId.equals(teacher.getAccountId());
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    /**
     * Sets the weekly hours (null clears them). The boundary first makes sure the curriculum of the
     * class's grade allows them.
     */
    public void changeHours(BigDecimal hours) {
        this.hoursPerWeek = hours == null ? null : CurriculumLine.checkedHours(hours, true);
    }
}
