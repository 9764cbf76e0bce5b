package org.schooljournal.diary.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * R-A04: a class's pupils and their parents as the homeroom teacher issues their access: each with
 * its login (null: none yet) and whether it has signed in (changed its one-time password).
 */
public record FamilyAccessList(long classId, String classTitle, List<Person> people)
        implements Serializable {

    /** A class the homeroom teacher leads. */
    public record ClassChoice(long classId, String title) implements Serializable {}

    /** Where a person's access stands. */
    public enum Status {
        /** No account yet. */
        NONE,
        /** A one-time password was issued and not yet replaced: never signed in. */
        ISSUED,
        /** Signed in and chose its own password. */
        SIGNED_IN
    }

    /**
     * A pupil ({@code guardianId} null) or one of its parents, listed after the pupil; a parent's
     * latest decision on its personal data ({@code GIVEN}, {@code REFUSED}, null: none yet; R-A05).
     */
    public record Person(
            long pupilId, Long guardianId, String name, String login, Status status, String consent)
            implements Serializable {

        public boolean isGuardian() {
            return guardianId != null;
        }

        /** The key a selection uses: «p12» for a pupil, «g34» for a parent. */
        public String key() {
            return guardianId == null ? "p" + pupilId : "g" + guardianId;
        }
    }
}
