package org.schooljournal.diary.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * R-A06: who of a class's families has not looked at the diary for {@code days} days, and which of
 * the teachers' messages of those days are unread by whom. Only people with an account count: one
 * without cannot look (the family access list issues accounts).
 */
public record AcknowledgementList(
        long classId, String classTitle, int days, List<Reader> readers, List<Unread> unread)
        implements Serializable {

    /** A reader's role on the wire and in the page's text keys: a pupil, or a pupil's parent. */
    public static final String PUPIL = "PUPIL";

    public static final String PARENT = "PARENT";

    /** Whose diary, who reads it (role PUPIL or PARENT), and when it last opened it (or never). */
    public record Reader(
            long pupilId,
            String pupil,
            String name,
            String role,
            String login,
            Instant lastOpened,
            boolean stale)
            implements Serializable {}

    /** A message of the last {@code days} days and the parents who have not opened it yet. */
    public record Unread(
            long messageId,
            long pupilId,
            String pupil,
            String kind,
            String body,
            Instant createdAt,
            List<String> unreadBy)
            implements Serializable {}

    /** How many readers have not looked for the days. */
    public long staleCount() {
        return readers.stream().filter(Reader::stale).count();
    }
}
