package org.schooljournal.archive.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a class's journal book of one school year prints (R-P01), as plain data read beforehand, so
 * the drawing ({@link ClassBookPrinter}) needs no database. Lists are in print order.
 *
 * @param closedOn the day the last journal of the year was locked; null while any is open
 */
public record ClassBook(
        String school,
        String classTitle,
        String year,
        String homeroomTeacher,
        String head,
        LocalDate closedOn,
        List<Journal> journals) {

    /**
     * One journal: a subject of the whole class, of a group, a stream or an individual plan (ИУП).
     *
     * @param group the group's name, null for the whole class
     * @param periods the periods whose mark columns the grid shows, in order
     */
    public record Journal(
            String subject,
            String group,
            String teacher,
            List<Pupil> pupils,
            List<Lesson> lessons,
            List<Period> periods,
            Map<Long, Finals> finals) {}

    public record Pupil(long id, String name) {}

    /**
     * A lesson and its cells by pupil id.
     *
     * @param givenBy who gave it when not the journal's teacher (a substitution), else null
     */
    public record Lesson(
            LocalDate date,
            int number,
            String topic,
            String homework,
            String givenBy,
            Map<Long, Cell> cells) {}

    /** A grid cell as the journal shows it («Б/4», «5/4к»); control works print bold. */
    public record Cell(String text, boolean controlWork) {}

    /** A period of the year: the grid's column «I ч» after the lessons up to {@code endsOn}. */
    public record Period(String title, LocalDate endsOn) {}

    /**
     * A pupil's period marks (in the order of {@link Journal#periods}, "" where none) and year
     * mark; {@code notes} explain overrides and deferrals («I ч: 4 вместо 3 — причина»).
     */
    public record Finals(List<String> periods, String year, List<String> notes) {}
}
