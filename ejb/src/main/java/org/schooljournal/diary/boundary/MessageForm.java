package org.schooljournal.diary.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The teacher's form for messages to parents (R-J13): the journal, the pupils it lists this school
 * year and the messages already sent from it, newest first.
 */
public record MessageForm(
        long assignmentId, String classTitle, String subject, List<Pupil> pupils, List<Sent> sent)
        implements Serializable {

    /** A pupil the journal lists. */
    public record Pupil(long pupilId, String name) implements Serializable {}

    /** A message sent from the journal, with the pupil it is about. */
    public record Sent(long id, String pupil, String kind, String body, Instant createdAt)
            implements Serializable {}
}
