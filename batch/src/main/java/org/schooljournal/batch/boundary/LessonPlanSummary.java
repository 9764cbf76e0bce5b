package org.schooljournal.batch.boundary;

import java.io.Serializable;

/** A calendar-thematic plan in a list: what it covers, its number of topics and total hours. */
public record LessonPlanSummary(
        long id,
        long subjectId,
        String subject,
        int grade,
        long yearId,
        String year,
        String title,
        long topics,
        long totalHours)
        implements Serializable {}
