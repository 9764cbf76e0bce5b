package org.schooljournal.diary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/** R-J13: a teacher's message or recommendation to a pupil's parents, shown in the diary. */
@Entity
@Table(name = "parent_message")
@NamedQuery(
        name = "ParentMessage.ofPupil",
        query =
                "select m from ParentMessage m where m.pupilId = :pupilId"
                        + " order by m.createdAt desc, m.id desc")
@NamedQuery(
        name = "ParentMessage.ofJournal",
        query =
                "select m, p from ParentMessage m, Pupil p where m.pupilId = p.id and"
                        + " m.assignmentId = :assignmentId order by m.createdAt desc, m.id desc")
public class ParentMessage extends SchoolOwned {
    public static final int MAX_BODY = 2000;

    public enum Kind {
        MESSAGE,
        RECOMMENDATION,
        /** R-A06: the homeroom teacher or the deputy reminds parents to look at the diary. */
        REMINDER;

        /**
         * Whether a journal's teacher may write it from the journal: a reminder is sent from the
         * acknowledgement screen only, so the journal's form neither offers nor takes it.
         */
        public boolean fromJournal() {
            return this != REMINDER;
        }
    }

    /** The journal it was written from; null for a reminder, which belongs to no journal. */
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "pupil_id")
    private long pupilId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String body;

    private String author;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected ParentMessage() {}

    public ParentMessage(
            Long assignmentId, long pupilId, Kind kind, String body, String author, Instant at) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new JournalException(JournalException.Kind.INVALID, "message.empty");
        }
        if (text.length() > MAX_BODY) {
            throw new JournalException(JournalException.Kind.INVALID, "message.long", MAX_BODY);
        }
        this.assignmentId = assignmentId;
        this.pupilId = pupilId;
        this.kind = kind;
        this.body = text;
        this.author = author;
        this.createdAt = at.atOffset(ZoneOffset.UTC);
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public long getPupilId() {
        return pupilId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
