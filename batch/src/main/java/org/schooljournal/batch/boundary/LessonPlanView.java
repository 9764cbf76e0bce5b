package org.schooljournal.batch.boundary;

import java.io.Serializable;
import java.util.List;

/** A calendar-thematic plan (R-S09) with its topics in order and their total hours. */
public record LessonPlanView(
        long id,
        long subjectId,
        String subject,
        int grade,
        long yearId,
        String year,
        String title,
        List<LessonTopicView> topics,
        int totalHours)
        implements Serializable {
    public LessonPlanView {
        topics = List.copyOf(topics);
    }

    /** One topic: its number in the plan (1..n), title and hours. */
    public record LessonTopicView(int position, String title, int hours) implements Serializable {}
}
