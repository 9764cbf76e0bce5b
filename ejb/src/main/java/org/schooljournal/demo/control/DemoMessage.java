package org.schooljournal.demo.control;

import java.time.OffsetDateTime;

/**
 * A teacher's message or recommendation to a pupil's parents (R-J13).
 *
 * @param kind {@code MESSAGE} or {@code RECOMMENDATION}
 * @param author the teacher's login
 */
public record DemoMessage(
        DemoAssignment assignment,
        DemoPupil pupil,
        String kind,
        String body,
        String author,
        OffsetDateTime createdAt) {}
