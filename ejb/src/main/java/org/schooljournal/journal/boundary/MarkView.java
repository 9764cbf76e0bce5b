package org.schooljournal.journal.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored mark as the API and the diary show it; {@code late}: entered after the order's deadline
 * (R-J05).
 */
public record MarkView(
        long id,
        long lessonId,
        long pupilId,
        LocalDate date,
        String subject,
        String workType,
        String value,
        Instant enteredAt,
        long version,
        boolean late) {}
