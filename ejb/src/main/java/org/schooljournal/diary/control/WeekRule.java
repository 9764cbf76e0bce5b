package org.schooljournal.diary.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/**
 * The diary's week (journal conventions: «By week, Monday to Saturday»), and the lesson slots the
 * audit trail records for moved lessons (R-J06: «2026-03-10 #3»).
 */
public final class WeekRule {
    /** Days a diary week shows: Monday to Saturday, also for a class on a five-day week. */
    public static final int DAYS = 6;

    private WeekRule() {}

    /** The Monday of the week holding {@code date}; a Sunday belongs to the week it ends. */
    public static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Monday to Saturday of the week starting on {@code monday}. */
    public static List<LocalDate> days(LocalDate monday) {
        return Stream.iterate(monday, d -> d.plusDays(1)).limit(DAYS).toList();
    }

    /** A lesson's place: a date and its number that day. */
    public record Slot(LocalDate date, int number) {
        /** Parses the audit trail's «2026-03-10 #3»; null for anything else. */
        public static Slot parse(String text) {
            if (text == null) {
                return null;
            }
            int hash = text.indexOf(" #");
            if (hash != 10) {
                return null;
            }
            try {
                return new Slot(
                        LocalDate.parse(text.substring(0, hash)),
                        Integer.parseInt(text.substring(hash + 2).strip()));
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** Whether the slot lies in the diary week starting on {@code monday}. */
        public boolean inWeekOf(LocalDate monday) {
            return !date.isBefore(monday) && date.isBefore(monday.plusDays(DAYS));
        }
    }
}
