package org.schooljournal.oversight.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * For remedial work (R-C05, R-C06; the deputy's item 13): per pupil, the lessons it missed and the
 * unsatisfactory marks it got in the period, each with the lesson's topic. {@code kind} is ABSENCE
 * (then {@code detail} is the absence's code, «Б», «УП», «НП») or MARK (then the mark and its work
 * type).
 */
public record RemedialReport(String period, LocalDate from, LocalDate to, List<Line> lines) {
    public record Line(
            long pupilId,
            String pupil,
            String classTitle,
            LocalDate date,
            String subject,
            String topic,
            String kind,
            String detail,
            String workType) {}
}
