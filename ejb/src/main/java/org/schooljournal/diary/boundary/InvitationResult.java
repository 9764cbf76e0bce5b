package org.schooljournal.diary.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * R-D04: the homeroom teacher's letter about the diary: how many were queued, and the parents who
 * get none, each with why ({@code REFUSED}, {@code NO_CONSENT}, {@code NO_EMAIL}, {@code
 * OPTED_OUT}).
 */
public record InvitationResult(int queued, List<NotSent> notSent) implements Serializable {
    public record NotSent(String parent, String reason) implements Serializable {}
}
