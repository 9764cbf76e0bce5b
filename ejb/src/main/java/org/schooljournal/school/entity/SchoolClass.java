package org.schooljournal.school.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.schooljournal.platform.entity.SchoolOwned;

/** A class of a school, such as 5 «А», with its class (homeroom) teacher. */
@Entity
@Table(name = "school_class")
@NamedQuery(
        name = "SchoolClass.all",
        query = "select c from SchoolClass c where c.graduatedIn = 0 order by c.grade, c.letter")
@NamedQuery(
        name = "SchoolClass.studyingIn",
        query =
                "select c from SchoolClass c where c.graduatedIn = 0 or c.graduatedIn >= :endYear"
                        + " order by c.grade, c.letter")
@NamedQuery(
        name = "SchoolClass.idsOfClassTeacherAccount",
        query = "select c.id from SchoolClass c where c.classTeacher.accountId = :accountId")
@NamedQuery(
        name = "SchoolClass.countOfClassTeacher",
        query = "select count(c) from SchoolClass c where c.classTeacher.id = :id")
@NamedQuery(
        name = "SchoolClass.idOfCurrent",
        query =
                "select c.id from SchoolClass c where c.grade = :grade and c.letter = :letter"
                        + " and c.graduatedIn = 0")
@NamedQuery(
        name = "SchoolClass.current",
        query =
                "select c from SchoolClass c left join fetch c.classTeacher where c.graduatedIn"
                        + " = 0 order by c.grade, c.letter")
public class SchoolClass extends SchoolOwned {
    private int grade;

    private String letter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "class_teacher_id")
    private Staff classTeacher;

    /** R-S10: a five- or six-day school week. */
    @jakarta.persistence.Column(name = "week_days")
    private int weekDays = 5;

    /** The calendar year the class graduated in (e.g. 2027); 0 while it still studies. */
    @jakarta.persistence.Column(name = "graduated_in")
    private int graduatedIn;

    /** R-S10: the first or second shift. */
    private int shift = 1;

    /** R-S10: the class's bell schedule; null follows the school's main schedule. */
    @jakarta.persistence.Column(name = "bell_schedule_id")
    private Long bellScheduleId;

    protected SchoolClass() {}

    public SchoolClass(int grade, String letter, Staff classTeacher) {
        if (grade < 1 || grade > 11) {
            throw new IllegalArgumentException("grade " + grade);
        }
        this.grade = grade;
        this.letter = letter;
        this.classTeacher = classTeacher;
    }

    public int getGrade() {
        return grade;
    }

    public String getLetter() {
        return letter;
    }

    public int getWeekDays() {
        return weekDays;
    }

    public void studyDaysAWeek(int days) {
        if (days != 5 && days != 6) {
            throw new org.schooljournal.platform.entity.JournalException(
                    org.schooljournal.platform.entity.JournalException.Kind.INVALID,
                    "class.weekDays",
                    days);
        }
        this.weekDays = days;
    }

    public int getShift() {
        return shift;
    }

    public Long getBellScheduleId() {
        return bellScheduleId;
    }

    /**
     * R-S10: the class studies in the first or second shift by the given bell schedule (null: the
     * school's main one). That the schedule suits the shift is checked by the timetable's service.
     */
    public void workIn(int shift, Long bellScheduleId) {
        if (shift != 1 && shift != 2) {
            throw new org.schooljournal.platform.entity.JournalException(
                    org.schooljournal.platform.entity.JournalException.Kind.INVALID,
                    "class.shift",
                    shift);
        }
        this.shift = shift;
        this.bellScheduleId = bellScheduleId;
    }

    /** Whether the class has graduated: it keeps its journals but is no longer a current class. */
    public boolean isGraduated() {
        return graduatedIn != 0;
    }

    public int getGraduatedIn() {
        return graduatedIn;
    }

    /**
     * Year rollover: the class moves up one grade with the same letter (5 «А» becomes 6 «А»). A
     * grade-11 class graduates instead, and a graduated class moves no more.
     */
    public void promote() {
        if (isGraduated() || grade >= 11) {
            throw new org.schooljournal.platform.entity.JournalException(
                    org.schooljournal.platform.entity.JournalException.Kind.INVALID,
                    "rollover.promote.last",
                    getTitle());
        }
        grade++;
    }

    /** Year rollover: a grade-11 class graduates in the calendar year {@code year}. */
    public void graduate(int year) {
        if (isGraduated() || grade != 11) {
            throw new org.schooljournal.platform.entity.JournalException(
                    org.schooljournal.platform.entity.JournalException.Kind.INVALID,
                    "rollover.graduate.notLast",
                    getTitle());
        }
        if (year < 2000) {
            throw new IllegalArgumentException("year " + year);
        }
        graduatedIn = year;
    }

    public Staff getClassTeacher() {
        return classTeacher;
    }

    /** R-S05: the class's homeroom teacher, or none when null. */
    public void assignClassTeacher(Staff classTeacher) {
        this.classTeacher = classTeacher;
    }

    /** The class as a Russian school writes it: 5 «А». */
    public String getTitle() {
        return grade + " «" + letter + "»";
    }
}
