package org.schooljournal.journal.boundary;

import java.util.List;

/**
 * The summary sheet of a class for a school year (сводная ведомость учёта успеваемости, R-J12,
 * R-C10): pupils × subjects, each subject with the period marks in order and the year mark, and the
 * lessons each pupil missed in the year (total, of them for illness). Empty strings stand for marks
 * not (yet) set; a deferred period mark is empty too. {@code yearId} and {@code year} name the
 * school year.
 */
public record SummarySheet(
        long classId,
        String classTitle,
        String schoolName,
        long yearId,
        String year,
        List<String> periods,
        List<SubjectCol> subjects,
        List<PupilLine> pupils) {

    /** A subject column; {@code shortName} is for the narrow printed header. */
    public record SubjectCol(long subjectId, String name, String shortName) {}

    /** The marks of one pupil in one subject: a value per period, then the year mark. */
    public record SubjectMarks(long subjectId, List<String> periods, String year) {}

    public record PupilLine(
            int number,
            long pupilId,
            String name,
            List<SubjectMarks> subjects,
            long missed,
            long missedIllness) {}

    /** A class the caller may open the sheet of, for the chooser. */
    public record ClassChoice(long id, String title) {}
}
