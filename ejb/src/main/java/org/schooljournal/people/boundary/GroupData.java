package org.schooljournal.people.boundary;

import java.util.List;
import org.schooljournal.school.boundary.AssignmentLoad;

/**
 * A study group as the setup screens show it (R-S06, R-S07): its kind, its class (null for a
 * stream), its members and the journals (teaching assignments) taught to it.
 */
public record GroupData(
        long id,
        String name,
        String kind,
        Long classId,
        String classTitle,
        int grade,
        List<Member> members,
        List<AssignmentLoad> assignments)
        implements java.io.Serializable {

    /** A member with its class, as a stream lists pupils of several classes. */
    public record Member(long pupilId, String name, String classTitle)
            implements java.io.Serializable {}
}
