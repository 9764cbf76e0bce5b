package org.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.TeachingAssignment;

/** One lesson of a teaching assignment on a date, with its topic and homework. */
@Entity
@Table(name = "lesson")
@NamedQuery(
        name = "Lesson.ofAssignment",
        query =
                "select l from Lesson l where l.assignment.id = :assignmentId"
                        + " and l.date between :from and :to order by l.date, l.number")
public class Lesson extends SchoolOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private TeachingAssignment assignment;

    @Column(name = "lesson_date")
    private LocalDate date;

    @Column(name = "lesson_number")
    private int number;

    private String topic;

    private String homework;

    protected Lesson() {}

    public Lesson(
            TeachingAssignment assignment,
            LocalDate date,
            int number,
            String topic,
            String homework) {
        this.assignment = Objects.requireNonNull(assignment);
        this.date = Objects.requireNonNull(date);
        this.number = number;
        this.topic = topic;
        this.homework = homework;
    }

    public TeachingAssignment getAssignment() {
        return assignment;
    }

    public LocalDate getDate() {
        return date;
    }

    public int getNumber() {
        return number;
    }

    public String getTopic() {
        return topic;
    }

    public String getHomework() {
        return homework;
    }
}
