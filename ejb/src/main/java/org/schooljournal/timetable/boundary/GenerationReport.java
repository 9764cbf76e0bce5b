package org.schooljournal.timetable.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What a run of lesson generation did (R-S11): lessons created, removed (nothing was recorded in
 * them) and kept, and the lessons holding marks that the timetable no longer plans, kept and listed
 * so the deputy can move their marks or the timetable back.
 */
public record GenerationReport(
        int created, int deleted, int kept, List<Conflict> conflicts, long millis) {

    /** A recorded lesson outside the new timetable. */
    public record Conflict(
            long lessonId, String classTitle, String subject, LocalDate date, int number) {}
}
