package org.schooljournal.journal.boundary;

import java.util.List;

/**
 * A journal's year marks (R-J12) in one school year ({@code yearId}, named {@code year}): the
 * year's periods in order, and per pupil its period marks ("" for a missing or deferred one), the
 * suggested year mark and the one set with its reason. {@code locked} says whether the year's last
 * period is closed (R-J11); it is shown, not enforced; {@code editable}: the caller is the
 * journal's teacher.
 */
public record YearSheet(
        long assignmentId,
        String journal,
        long yearId,
        String year,
        List<String> periods,
        boolean locked,
        boolean editable,
        List<Row> rows) {

    public record Row(
            long pupilId,
            String name,
            List<String> periodMarks,
            String suggested,
            String value,
            String reason)
            implements FinalMarkRow {}
}
