package org.schooljournal.lessonplan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.Subject;

/**
 * The calendar-thematic plan (КТП, R-S09) of a subject for a grade in an academic year: its lesson
 * topics in order, numbered 1..n without gaps, each with its hours (at least one). The topics are
 * only ever replaced as a whole, so the numbering cannot break.
 */
@Entity
@Table(name = "lesson_plan")
@NamedQuery(
        name = "LessonPlan.ofYear",
        query =
                "select p from LessonPlan p join fetch p.subject"
                        + " where p.year.id = :yearId order by p.subject.name, p.grade")
@NamedQuery(
        name = "LessonPlan.of",
        query =
                "select p from LessonPlan p where p.subject.id = :subjectId and p.grade = :grade"
                        + " and p.year.id = :yearId")
@NamedQuery(
        name = "LessonPlan.totals",
        query =
                "select t.plan.id, count(t), sum(t.hours) from LessonPlanTopic t"
                        + " where t.plan.year.id = :yearId group by t.plan.id")
@NamedQuery(
        name = "LessonPlan.countOfYear",
        query = "select count(p) from LessonPlan p where p.year.id = :yearId")
public class LessonPlan extends SchoolOwned {
    public static final int TITLE_MAX = 300;
    public static final int MIN_GRADE = 1;
    public static final int MAX_GRADE = 11;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private Subject subject;

    private int grade;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "year_id")
    private AcademicYear year;

    private String title;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LessonPlanTopic> topics = new ArrayList<>();

    protected LessonPlan() {}

    /**
     * An empty plan titled after the subject and grade, e.g. "Математика, 5 класс".
     *
     * @throws JournalException ({@code INVALID}) for a grade outside 1..11
     */
    public LessonPlan(Subject subject, int grade, AcademicYear year) {
        this.subject = Objects.requireNonNull(subject);
        this.year = Objects.requireNonNull(year);
        if (grade < MIN_GRADE || grade > MAX_GRADE) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "lessonPlan.grade", grade, MIN_GRADE, MAX_GRADE);
        }
        this.grade = grade;
        String t = subject.getName() + ", " + grade + " класс";
        this.title = t.length() > TITLE_MAX ? t.substring(0, TITLE_MAX) : t;
    }

    /**
     * Replaces the topics by the given ones, in their order, numbered from 1. Existing rows are
     * rewritten in place, surplus rows removed and missing ones added, so the numbering stays
     * unique at every step of the flush.
     *
     * @throws JournalException ({@code INVALID}) when a topic breaks its rules (then nothing
     *     changes)
     */
    public void replaceTopics(List<TopicLine> lines) {
        List<TopicLine> checked = List.copyOf(lines);
        checked.forEach(LessonPlanTopic::check);
        int common = Math.min(checked.size(), topics.size());
        for (int i = 0; i < common; i++) {
            topics.get(i).rewrite(i + 1, checked.get(i));
        }
        while (topics.size() > checked.size()) {
            topics.remove(topics.size() - 1);
        }
        for (int i = common; i < checked.size(); i++) {
            topics.add(new LessonPlanTopic(this, i + 1, checked.get(i)));
        }
    }

    /** A new plan with the same subject, grade and topics in another year. */
    public LessonPlan copyTo(AcademicYear other) {
        LessonPlan copy = new LessonPlan(subject, grade, other);
        copy.title = title;
        copy.replaceTopics(lines());
        return copy;
    }

    /** The topics as plain lines, in order. */
    public List<TopicLine> lines() {
        return topics.stream().map(t -> new TopicLine(t.getTitle(), t.getHours())).toList();
    }

    public int totalHours() {
        return topics.stream().mapToInt(LessonPlanTopic::getHours).sum();
    }

    public Subject getSubject() {
        return subject;
    }

    public int getGrade() {
        return grade;
    }

    public AcademicYear getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    /** The topics in order, positions 1..n. */
    public List<LessonPlanTopic> getTopics() {
        return Collections.unmodifiableList(topics);
    }
}
