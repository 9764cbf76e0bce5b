package org.schooljournal.diary.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** R-A05: one recorded decision of a parent, and a class's parents with their latest decision. */
public record ConsentData(
        long guardianId,
        String decision,
        LocalDate decidedOn,
        String paperRef,
        String recordedBy,
        Instant recordedAt)
        implements Serializable {

    /** A class's pupils and their parents with the parents' latest decision (null: none yet). */
    public record ClassList(long classId, String classTitle, List<Row> rows)
            implements Serializable {}

    /** A parent of a pupil of the class. */
    public record Row(
            long pupilId,
            String pupilName,
            long guardianId,
            String guardianName,
            boolean hasEmail,
            String decision,
            LocalDate decidedOn,
            String paperRef)
            implements Serializable {}
}
