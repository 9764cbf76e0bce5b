package org.schooljournal.diary.boundary;

import java.time.Instant;

/** A message or recommendation to parents as the diary shows it (R-J13). */
public record MessageData(
        long id, String kind, String subject, String teacher, String body, Instant createdAt) {}
