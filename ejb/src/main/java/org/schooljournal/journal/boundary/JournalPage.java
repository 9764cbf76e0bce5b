package org.schooljournal.journal.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.schooljournal.journal.control.CellKey;

/**
 * What the journal grid shows (R-J01): pupils in alphabetical order, the lessons of the month, and
 * the marks and attendance by cell; {@code editable}: the caller writes in some lesson (its
 * teacher, or a substitute, R-J06), {@code own}: it is the journal's teacher. Built in a fixed
 * number of queries whatever the class size.
 */
public record JournalPage(
        long assignmentId,
        String classTitle,
        String subject,
        String teacher,
        LocalDate month,
        boolean editable,
        boolean own,
        List<String> allowedMarks,
        List<PupilRow> pupils,
        List<LessonColumn> lessons,
        Map<String, String> marks,
        Map<String, String> attendance,
        Map<String, String> cells,
        List<WorkTypeCode> workTypes,
        List<PeriodColumn> periods,
        List<String> planTopics) {

    /**
     * A work type and the letter typed after a mark of it (R-J02); {@code used}: the school gives
     * marks of it (a type switched off still reads in old cells), {@code weight} in the average.
     */
    public record WorkTypeCode(
            String name, String code, boolean used, java.math.BigDecimal weight) {}

    /**
     * A period that ends in this month: its column of period marks follows its last lesson
     * (journal-conventions: «I ч» after the quarter's lessons), {@code marks} by pupil id.
     */
    public record PeriodColumn(
            long periodId,
            String title,
            LocalDate endsOn,
            boolean locked,
            Map<Long, String> marks) {
        public String markOf(long pupilId) {
            return marks.getOrDefault(pupilId, "");
        }
    }

    /**
     * A pupil's row; {@code from}/{@code until} bound its time in the class (null: open, R-S13).
     */
    public record PupilRow(long id, int number, String name, LocalDate from, LocalDate until) {
        public boolean activeOn(LocalDate date) {
            return (from == null || !date.isBefore(from))
                    && (until == null || !date.isAfter(until));
        }
    }

    /**
     * A lesson; {@code noHomework}: «Не задано» written (R-J03); late: entered after 3 hours;
     * {@code givenBy}: the substitute who gave it (R-J06), null for the journal's teacher; {@code
     * writable}: the caller writes in it (its teacher, or the substitute who gave it); {@code
     * held}: the lesson has taken place (today or earlier): a lesson still to come takes no marks
     * or attendance and has nobody who gave it yet; {@code plannedTopic}: the КТП's topic for this
     * lesson of the year (R-J02), null without a plan.
     */
    public record LessonColumn(
            long id,
            LocalDate date,
            int number,
            String topic,
            String homework,
            boolean noHomework,
            boolean homeworkLate,
            String givenBy,
            boolean writable,
            boolean held,
            String plannedTopic,
            Integer homeworkMinutes) {}

    /** Key of a grid cell in {@link #marks()}, {@link #attendance()} and {@link #cells()}. */
    public static String cell(long lessonId, long pupilId) {
        return new CellKey(lessonId, pupilId).wire();
    }

    /** The attendance code of a cell («Б», «УП», «НП», «ОП»), or "" (R-J04). */
    public String attendanceAt(long lessonId, long pupilId) {
        return attendance.getOrDefault(cell(lessonId, pupilId), "");
    }

    /**
     * What the grid cell reads: attendance code and marks with their work-type letters (CellText).
     */
    public String cellAt(long lessonId, long pupilId) {
        return cells.getOrDefault(cell(lessonId, pupilId), "");
    }

    public String markAt(long lessonId, long pupilId) {
        return marks.getOrDefault(cell(lessonId, pupilId), "");
    }
}
