package org.schooljournal.lessonplan.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/** One lesson topic of a plan (тема урока): its position in the plan, title and hours. */
@Entity
@Table(name = "lesson_plan_topic")
@NamedQuery(
        name = "LessonPlanTopic.ofSubjectAndGradeOn",
        query =
                "select t from LessonPlanTopic t where t.plan.subject.id = :subjectId"
                        + " and t.plan.grade = :grade and t.plan.year.startsOn <= :day"
                        + " and t.plan.year.endsOn >= :day order by t.position")
public class LessonPlanTopic extends SchoolOwned {
    public static final int TITLE_MAX = 500;

    /** More hours than a school year has lessons of a subject is a typing error. */
    public static final int HOURS_MAX = 400;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private LessonPlan plan;

    private int position;

    private String title;

    private int hours;

    protected LessonPlanTopic() {}

    LessonPlanTopic(LessonPlan plan, int position, TopicLine line) {
        this.plan = Objects.requireNonNull(plan);
        rewrite(position, line);
    }

    void rewrite(int newPosition, TopicLine line) {
        check(line);
        this.position = newPosition;
        this.title = line.title().strip();
        this.hours = line.hours();
    }

    /**
     * @throws JournalException ({@code INVALID}) for an empty or too long title, or hours outside
     *     1..{@value #HOURS_MAX}
     */
    static void check(TopicLine line) {
        String t = line.title() == null ? "" : line.title().strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "lessonPlan.topic", TITLE_MAX);
        }
        if (line.hours() < 1 || line.hours() > HOURS_MAX) {
            throw new JournalException(
                    JournalException.Kind.INVALID, "lessonPlan.hours", line.hours(), HOURS_MAX);
        }
    }

    public LessonPlan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public int getHours() {
        return hours;
    }
}
