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

/**
 * A teacher teaches a subject to a class or to a study group of it, or to a stream of several
 * classes (R-S06): the key of one journal.
 */
@Entity
@Table(name = "teaching_assignment")
@NamedQuery(
        name = "TeachingAssignment.byTeacherAccount",
        query =
                "select t from TeachingAssignment t join fetch t.subject left join fetch t.schoolClass"
                        + " left join fetch t.group join fetch t.teacher"
                        + " where t.teacher.accountId = :accountId")
@NamedQuery(
        name = "TeachingAssignment.all",
        query =
                "select t from TeachingAssignment t join fetch t.subject left join fetch t.schoolClass"
                        + " left join fetch t.group join fetch t.teacher")
@NamedQuery(
        name = "TeachingAssignment.ofClasses",
        query =
                "select t from TeachingAssignment t join fetch t.subject join fetch t.schoolClass"
                        + " left join fetch t.group join fetch t.teacher"
                        + " where t.schoolClass.id in :classIds")
@NamedQuery(
        name = "TeachingAssignment.ofClass",
        query =
                "select t from TeachingAssignment t join fetch t.subject join fetch t.teacher"
                        + " left join fetch t.group where t.schoolClass.id = :classId"
                        + " order by t.subject.name, t.groupKey")
@NamedQuery(
        name = "TeachingAssignment.ofGroups",
        query =
                "select t from TeachingAssignment t join fetch t.subject join fetch t.teacher"
                        + " join fetch t.group where t.group.id in :groupIds")
@NamedQuery(
        name = "TeachingAssignment.currentOfTeacher",
        query =
                "select a from TeachingAssignment a where a.teacher.id = :staffId and"
                        + " a.schoolClass.graduatedIn = 0")
@NamedQuery(
        name = "TeachingAssignment.deleteOfGroup",
        query = "delete from TeachingAssignment t where t.group.id = :id")
@NamedQuery(
        name = "TeachingAssignment.countOfSubject",
        query = "select count(t) from TeachingAssignment t where t.subject.id = :id")
@NamedQuery(
        name = "TeachingAssignment.countBySubject",
        query = "select t.subject.id, count(t) from TeachingAssignment t group by t.subject.id")
@NamedQuery(
        name = "TeachingAssignment.countOfClassAndSubject",
        query =
                "select count(t) from TeachingAssignment t where t.schoolClass.id = :classId"
                        + " and t.subject.id = :subjectId")
@NamedQuery(
        name = "TeachingAssignment.countByCurrentClass",
        query =
                "select t.schoolClass.id, count(t) from TeachingAssignment t where"
                        + " t.schoolClass.graduatedIn = 0 group by t.schoolClass.id")
@NamedQuery(
        name = "TeachingAssignment.ofSubjectAndGroup",
        query =
                "select t from TeachingAssignment t where t.subject.id = :subjectId and"
                        + " t.group.id = :id")
@NamedQuery(
        name = "TeachingAssignment.ofSubjectAndClassWhole",
        query =
                "select t from TeachingAssignment t where t.subject.id = :subjectId and"
                        + " t.schoolClass.id = :id and t.group is null")
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

    /** The study group taught, or null when the whole class is. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private StudyGroup group;

    /** The group's id, 0 for the whole class: one unique key covers both (see V10). */
    @Column(name = "group_key")
    private long groupKey;

    /** R-S08: the assignment's weekly hours (teaching load); null while not set. */
    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;

    protected TeachingAssignment() {}

    public TeachingAssignment(Staff teacher, Subject subject, SchoolClass schoolClass) {
        this.teacher = teacher;
        this.subject = subject;
        this.schoolClass = schoolClass;
    }

    /** A study group's journal (R-S06); the group must have been persisted. */
    public TeachingAssignment(Staff teacher, Subject subject, StudyGroup group) {
        this.teacher = teacher;
        this.subject = subject;
        this.group = group;
        this.groupKey = group.getId();
        this.schoolClass = group.getSchoolClass();
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

    /** The group taught, or null for the whole class. */
    public StudyGroup getGroup() {
        return group;
    }

    public boolean isWholeClass() {
        return group == null;
    }

    /** The grade taught, for the calendar (study periods and holidays depend on it). */
    public int getGrade() {
        return group != null ? group.getGrade() : schoolClass.getGrade();
    }

    /** Whom the journal is for: «5 «А»», «5 «А» · Английский, гр. 1» or a stream's name. */
    public String getTitle() {
        return group != null ? group.getTitle() : schoolClass.getTitle();
    }

    /** A sort key: grade (two digits), then class or group title, then subject. */
    public String getOrderKey() {
        // concatenated, not String.format: the journal lists sort by it, computing it for every
        // comparison, and the format's parsing was a fifth of a teacher's list (issue 11)
        int grade = getGrade();
        return (grade < 10 ? "0" : "") + grade + " " + getTitle() + " " + subject.getName();
    }

    public void changeTeacher(Staff teacher) {
        this.teacher = java.util.Objects.requireNonNull(teacher);
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
