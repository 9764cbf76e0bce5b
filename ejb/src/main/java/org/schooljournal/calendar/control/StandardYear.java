package org.schooljournal.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.schooljournal.calendar.entity.HolidayKind;
import org.schooljournal.calendar.entity.PeriodKind;

/**
 * The standard year (R-S01): the plan a new academic year starts from, the usual Russian one. Its
 * holidays' names are the plan's data, written as a school writes them (the school edits them like
 * any other holiday), not texts of the screens.
 */
public final class StandardYear {
    private StandardYear() {}

    /** First day of the school year: 1 September, even on a weekend. */
    static final MonthDay YEAR_START = MonthDay.of(Month.SEPTEMBER, 1);

    /** Last day of the school year: 31 May. */
    static final MonthDay YEAR_END = MonthDay.of(Month.MAY, 31);

    static final MonthDay AUTUMN_START = MonthDay.of(Month.OCTOBER, 24);
    static final MonthDay AUTUMN_END = MonthDay.of(Month.NOVEMBER, 4);
    static final MonthDay WINTER_START = MonthDay.of(Month.DECEMBER, 31);
    static final MonthDay WINTER_END = MonthDay.of(Month.JANUARY, 11);
    static final MonthDay GRADE_ONE_START = MonthDay.of(Month.FEBRUARY, 13);
    static final MonthDay GRADE_ONE_END = MonthDay.of(Month.FEBRUARY, 21);
    static final MonthDay SPRING_START = MonthDay.of(Month.MARCH, 21);
    static final MonthDay SPRING_END = MonthDay.of(Month.MARCH, 29);

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM");

    /** Public holidays inside the school periods (1-8 January and 4 November fall in holidays). */
    private static final Map<MonthDay, String> PUBLIC_HOLIDAYS =
            Map.of(
                    MonthDay.of(Month.FEBRUARY, 23), "День защитника Отечества",
                    MonthDay.of(Month.MARCH, 8), "Международный женский день",
                    MonthDay.of(Month.MAY, 1), "Праздник Весны и Труда",
                    MonthDay.of(Month.MAY, 9), "День Победы");

    /**
     * The usual Russian plan of the year starting in {@code startYear}, e.g. 2026 for 2026/2027.
     *
     * <p>The rule: the same days of the month every year, those of the 2026/2027 calendar. The year
     * runs 1 September – 31 May (1 September even on a weekend). Grades 1-9 learn in quarters,
     * grades 10-11 in half-years:
     *
     * <ul>
     *   <li>1st quarter 01.09 – 23.10, autumn holidays 24.10 – 04.11 (all grades);
     *   <li>2nd quarter 05.11 – 30.12, winter holidays 31.12 – 11.01 (all grades);
     *   <li>3rd quarter 12.01 – 20.03, with extra holidays for grade 1 13.02 – 21.02, spring
     *       holidays 21.03 – 29.03 (all grades);
     *   <li>4th quarter 30.03 – 31.05;
     *   <li>1st half-year 01.09 – 30.12, 2nd half-year 12.01 – 31.05 (autumn and spring holidays
     *       fall inside them).
     * </ul>
     *
     * Public holidays that fall inside a period and not on a Sunday are days off for every grade:
     * 23 February, 8 March, 1 May, 9 May (the government's yearly transfers of days off are not
     * known in advance; a school adds them by hand). Weekends at the edges of holidays simply
     * belong to them. A school whose regional order differs edits the plan.
     */
    public static YearPlan of(int startYear) {
        int endYear = startYear + 1;
        LocalDate start = YEAR_START.atYear(startYear);
        LocalDate end = YEAR_END.atYear(endYear);
        LocalDate autumnStart = AUTUMN_START.atYear(startYear);
        LocalDate autumnEnd = AUTUMN_END.atYear(startYear);
        LocalDate winterStart = WINTER_START.atYear(startYear);
        LocalDate winterEnd = WINTER_END.atYear(endYear);
        LocalDate springStart = SPRING_START.atYear(endYear);
        LocalDate springEnd = SPRING_END.atYear(endYear);

        List<YearPlan.Period> periods =
                List.of(
                        new YearPlan.Period(
                                PeriodKind.QUARTER, 1, 1, 9, start, autumnStart.minusDays(1)),
                        new YearPlan.Period(
                                PeriodKind.QUARTER,
                                2,
                                1,
                                9,
                                autumnEnd.plusDays(1),
                                winterStart.minusDays(1)),
                        new YearPlan.Period(
                                PeriodKind.QUARTER,
                                3,
                                1,
                                9,
                                winterEnd.plusDays(1),
                                springStart.minusDays(1)),
                        new YearPlan.Period(
                                PeriodKind.QUARTER, 4, 1, 9, springEnd.plusDays(1), end),
                        new YearPlan.Period(
                                PeriodKind.HALF_YEAR, 1, 10, 11, start, winterStart.minusDays(1)),
                        new YearPlan.Period(
                                PeriodKind.HALF_YEAR, 2, 10, 11, winterEnd.plusDays(1), end));

        List<YearPlan.Holiday> holidays = new ArrayList<>();
        holidays.add(
                new YearPlan.Holiday(
                        HolidayKind.HOLIDAYS,
                        "Осенние каникулы",
                        YearPlan.FIRST_GRADE,
                        YearPlan.LAST_GRADE,
                        autumnStart,
                        autumnEnd));
        holidays.add(
                new YearPlan.Holiday(
                        HolidayKind.HOLIDAYS,
                        "Зимние каникулы",
                        YearPlan.FIRST_GRADE,
                        YearPlan.LAST_GRADE,
                        winterStart,
                        winterEnd));
        holidays.add(
                new YearPlan.Holiday(
                        HolidayKind.HOLIDAYS,
                        "Дополнительные каникулы для 1-х классов",
                        1,
                        1,
                        GRADE_ONE_START.atYear(endYear),
                        GRADE_ONE_END.atYear(endYear)));
        holidays.add(
                new YearPlan.Holiday(
                        HolidayKind.HOLIDAYS,
                        "Весенние каникулы",
                        YearPlan.FIRST_GRADE,
                        YearPlan.LAST_GRADE,
                        springStart,
                        springEnd));
        List<YearPlan.Holiday> blocks = List.copyOf(holidays);
        PUBLIC_HOLIDAYS.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> {
                            MonthDay day = e.getKey();
                            LocalDate holiday =
                                    day.atYear(
                                            day.getMonthValue() >= Month.SEPTEMBER.getValue()
                                                    ? startYear
                                                    : endYear);
                            // Labour Code art. 112: a holiday on a Sunday gives the Monday after
                            boolean moved = holiday.getDayOfWeek() == DayOfWeek.SUNDAY;
                            LocalDate date = moved ? holiday.plusDays(1) : holiday;
                            boolean free =
                                    blocks.stream()
                                            .noneMatch(
                                                    h ->
                                                            !date.isBefore(h.startsOn())
                                                                    && !date.isAfter(h.endsOn()));
                            if (free
                                    && date.getDayOfWeek() != DayOfWeek.SUNDAY
                                    && !date.isBefore(start)
                                    && !date.isAfter(end)) {
                                holidays.add(
                                        new YearPlan.Holiday(
                                                HolidayKind.DAY_OFF,
                                                moved
                                                        ? e.getValue()
                                                                + " (перенос с "
                                                                + SHORT_DATE.format(holiday)
                                                                + ")"
                                                        : e.getValue(),
                                                YearPlan.FIRST_GRADE,
                                                YearPlan.LAST_GRADE,
                                                date,
                                                date));
                            }
                        });
        holidays.sort(
                Comparator.comparing(YearPlan.Holiday::startsOn)
                        .thenComparing(YearPlan.Holiday::gradeFrom));
        return new YearPlan(start, end, periods, holidays);
    }
}
