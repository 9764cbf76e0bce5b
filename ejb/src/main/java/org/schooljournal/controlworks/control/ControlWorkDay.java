package org.schooljournal.controlworks.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.schooljournal.calendar.control.SchoolDays;
import org.schooljournal.platform.entity.JournalException;

/**
 * Whether a class may write a control work on a date (R-S12): only on one of its study days, so not
 * on a weekly day of rest, not in holidays or on a day off of its grade, not outside its study
 * periods. Pure: built on {@link SchoolDays}, tested without a database.
 */
public final class ControlWorkDay {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ControlWorkDay() {}

    /**
     * The refusal for a control work of the class on the date, or empty if it is a study day.
     *
     * @param days the study days of the year containing the date
     * @param classTitle the class as written in messages, e.g. 5 «А»
     */
    public static Optional<JournalException> refusal(
            SchoolDays days, int grade, int weekDays, String classTitle, LocalDate date) {
        if (days.isStudyDay(grade, weekDays, date)) {
            return Optional.empty();
        }
        String when = DATE.format(date);
        if (SchoolDays.isRestDay(weekDays, date)) {
            return Optional.of(
                    new JournalException(
                            JournalException.Kind.INVALID,
                            "controlWorks.restDay",
                            classTitle,
                            when,
                            date.getDayOfWeek().getValue()));
        }
        var holiday = days.holidayOf(grade, date);
        if (holiday.isPresent()) {
            return Optional.of(
                    new JournalException(
                            JournalException.Kind.INVALID,
                            "controlWorks.holiday",
                            classTitle,
                            when,
                            holiday.get().name()));
        }
        return Optional.of(
                new JournalException(
                        JournalException.Kind.INVALID,
                        "controlWorks.notStudyDay",
                        classTitle,
                        when));
    }
}
