package org.schooljournal.calendar.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * An academic year as the screens and the API show it: bounds, study periods (by grade range, then
 * date) and holidays and days off (by date).
 */
public record YearData(
        long id,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        List<StudyPeriodData> periods,
        List<HolidayData> holidays) {
    public YearData {
        periods = List.copyOf(periods);
        holidays = List.copyOf(holidays);
    }
}
