package org.schooljournal.journal.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schooljournal.people.control.ClassRoster;

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

    /**
     * The sheet's lines in the stints' order, numbered from 1: for each subject its period marks in
     * {@code periodIds}' order and its year mark ({@code ""} where none), then the lessons missed
     * (total, for illness). The screen and the archive's print build their lines here.
     *
     * @param periodMarks pupil → subject → period → mark
     * @param yearMarks pupil → subject → mark
     * @param missed pupil → {missed, of them for illness}
     */
    public static List<PupilLine> lines(
            List<ClassRoster.Stint> stints,
            List<Long> subjectIds,
            List<Long> periodIds,
            Map<Long, Map<Long, Map<Long, String>>> periodMarks,
            Map<Long, Map<Long, String>> yearMarks,
            Map<Long, long[]> missed) {
        List<PupilLine> lines = new ArrayList<>();
        int number = 0;
        for (ClassRoster.Stint s : stints) {
            List<SubjectMarks> marks = new ArrayList<>();
            for (long subjectId : subjectIds) {
                Map<Long, String> own =
                        periodMarks
                                .getOrDefault(s.pupilId(), Map.of())
                                .getOrDefault(subjectId, Map.of());
                marks.add(
                        new SubjectMarks(
                                subjectId,
                                periodIds.stream().map(id -> own.getOrDefault(id, "")).toList(),
                                yearMarks
                                        .getOrDefault(s.pupilId(), Map.of())
                                        .getOrDefault(subjectId, "")));
            }
            long[] m = missed.getOrDefault(s.pupilId(), new long[2]);
            lines.add(
                    new PupilLine(++number, s.pupilId(), s.name(), List.copyOf(marks), m[0], m[1]));
        }
        return List.copyOf(lines);
    }

    /** A class the caller may open the sheet of, for the chooser. */
    public record ClassChoice(long id, String title) {}
}
