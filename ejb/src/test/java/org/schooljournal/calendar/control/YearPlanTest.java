package org.schooljournal.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.schooljournal.calendar.control.YearPlan.Holiday;
import org.schooljournal.calendar.control.YearPlan.Period;
import org.schooljournal.calendar.control.YearPlan.Violation;
import org.schooljournal.calendar.entity.HolidayKind;
import org.schooljournal.calendar.entity.PeriodKind;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.entity.JournalException;

class YearPlanTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 5, 31);

    private static LocalDate d(String ddMMyyyy) {
        String[] p = ddMMyyyy.split("\\.");
        return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
    }

    private static Period quarter(int n, int from, int to, String start, String end) {
        return new Period(PeriodKind.QUARTER, n, from, to, d(start), d(end));
    }

    private static Period half(int n, int from, int to, String start, String end) {
        return new Period(PeriodKind.HALF_YEAR, n, from, to, d(start), d(end));
    }

    private static Holiday holidays(String name, int from, int to, String start, String end) {
        return new Holiday(HolidayKind.HOLIDAYS, name, from, to, d(start), d(end));
    }

    /** The 2026/2027 order for grades 1-11: quarters and half-years with their holidays. */
    private static List<Period> standardPeriods() {
        return new ArrayList<>(
                List.of(
                        quarter(1, 1, 9, "01.09.2026", "23.10.2026"),
                        quarter(2, 1, 9, "05.11.2026", "30.12.2026"),
                        quarter(3, 1, 9, "12.01.2027", "20.03.2027"),
                        quarter(4, 1, 9, "30.03.2027", "31.05.2027"),
                        half(1, 10, 11, "01.09.2026", "30.12.2026"),
                        half(2, 10, 11, "12.01.2027", "31.05.2027")));
    }

    private static List<Holiday> standardHolidays() {
        return new ArrayList<>(
                List.of(
                        holidays("Осенние каникулы", 1, 11, "24.10.2026", "04.11.2026"),
                        holidays("Зимние каникулы", 1, 11, "31.12.2026", "11.01.2027"),
                        holidays("Весенние каникулы", 1, 11, "21.03.2027", "29.03.2027")));
    }

    private static List<Violation> check(List<Period> periods, List<Holiday> holidays) {
        return new YearPlan(START, END, periods, holidays).violations();
    }

    private static String ru(Violation v) {
        return v.text(Messages.RUSSIAN);
    }

    @Test
    @DisplayName("R-S01 R-S02 The standard plan of 2026/2027 has the dates of the school order")
    void standard2026() {
        YearPlan plan = YearPlan.standard(2026);

        assertThat(plan.startsOn()).isEqualTo(d("01.09.2026"));
        assertThat(plan.endsOn()).isEqualTo(d("31.05.2027"));
        assertThat(plan.name()).isEqualTo("2026/2027");
        assertThat(plan.periods())
                .containsExactlyInAnyOrderElementsOf(
                        List.of(
                                quarter(1, 1, 9, "01.09.2026", "23.10.2026"),
                                quarter(2, 1, 9, "05.11.2026", "30.12.2026"),
                                quarter(3, 1, 9, "12.01.2027", "20.03.2027"),
                                quarter(4, 1, 9, "30.03.2027", "31.05.2027"),
                                half(1, 10, 11, "01.09.2026", "30.12.2026"),
                                half(2, 10, 11, "12.01.2027", "31.05.2027")));
        assertThat(plan.holidays())
                .filteredOn(h -> h.kind() == HolidayKind.HOLIDAYS)
                .containsExactly(
                        holidays("Осенние каникулы", 1, 11, "24.10.2026", "04.11.2026"),
                        holidays("Зимние каникулы", 1, 11, "31.12.2026", "11.01.2027"),
                        holidays(
                                "Дополнительные каникулы для 1-х классов",
                                1,
                                1,
                                "13.02.2027",
                                "21.02.2027"),
                        holidays("Весенние каникулы", 1, 11, "21.03.2027", "29.03.2027"));
        // 9 May 2027 is a Sunday: the day off is Monday 10 May (Labour Code art. 112)
        assertThat(plan.holidays())
                .filteredOn(h -> h.kind() == HolidayKind.DAY_OFF)
                .extracting(Holiday::startsOn)
                .containsExactly(
                        d("23.02.2027"), d("08.03.2027"), d("01.05.2027"), d("10.05.2027"));
        assertThat(plan.violations()).isEmpty();
        assertThat(plan.isValid()).isTrue();
    }

    @Test
    @DisplayName(
            "R-S14 issue 8 item 10: 9 May (День Победы) is a day off in every standard year plan, moved to Monday when it is a Sunday")
    void victoryDay() {
        for (int year = 2020; year <= 2060; year++) {
            LocalDate may9 = LocalDate.of(year + 1, 5, 9);
            LocalDate expected = may9.getDayOfWeek() == DayOfWeek.SUNDAY ? may9.plusDays(1) : may9;
            assertThat(YearPlan.standard(year).holidays())
                    .as("%d", year)
                    .filteredOn(h -> h.name().startsWith("День Победы"))
                    .extracting(Holiday::startsOn)
                    .containsExactly(expected);
        }
        assertThat(YearPlan.standard(2026).holidays())
                .extracting(Holiday::name)
                .contains("День Победы (перенос с 09.05)");
    }

    @Test
    @DisplayName("R-S14 The standard plan of any year from 2020 to 2060 is valid")
    void standardOtherYears() {
        for (int year = 2020; year <= 2060; year++) {
            YearPlan plan = YearPlan.standard(year);
            assertThat(plan.violations()).as("%d", year).isEmpty();
            assertThat(plan.startsOn()).isEqualTo(LocalDate.of(year, 9, 1));
            assertThat(plan.endsOn()).isEqualTo(LocalDate.of(year + 1, 5, 31));
            assertThat(plan.holidays())
                    .filteredOn(h -> h.kind() == HolidayKind.DAY_OFF)
                    .allSatisfy(
                            h ->
                                    assertThat(h.startsOn().getDayOfWeek())
                                            .isNotEqualTo(DayOfWeek.SUNDAY));
        }
        // 1 September 2029 is a Saturday: the year still starts on it
        assertThat(YearPlan.standard(2029).startsOn()).isEqualTo(LocalDate.of(2029, 9, 1));
    }

    @Test
    @DisplayName("R-S01 Periods are named as a Russian school names them")
    void names() {
        assertThat(quarter(2, 5, 9, "05.11.2026", "30.12.2026").title())
                .isEqualTo("2-я четверть (5–9 кл.)");
        assertThat(half(1, 10, 11, "01.09.2026", "30.12.2026").title())
                .isEqualTo("1-е полугодие (10–11 кл.)");
        assertThat(
                        new Period(PeriodKind.TRIMESTER, 3, 1, 1, d("01.03.2027"), d("31.05.2027"))
                                .title())
                .isEqualTo("3-й триместр (1 кл.)");
        assertThat(new Period(PeriodKind.YEAR, 1, 1, 11, START, END).englishTitle())
                .isEqualTo("year (grades 1–11)");
        assertThat(quarter(2, 5, 9, "05.11.2026", "30.12.2026").englishTitle())
                .isEqualTo("quarter 2 (grades 5–9)");
    }

    @Test
    @DisplayName("R-S01 Overlapping periods of a grade are refused, naming both and the dates")
    void overlap() {
        List<Period> periods = standardPeriods();
        periods.set(1, quarter(2, 1, 9, "05.11.2026", "14.01.2027"));

        List<Violation> found = check(periods, standardHolidays());

        assertThat(found).hasSize(1);
        assertThat(found.get(0).key()).isEqualTo("calendar.period.overlap");
        assertThat(found.get(0).args())
                .startsWith(
                        "2-я четверть (1–9 кл.)",
                        "3-я четверть (1–9 кл.)",
                        "12.01.2027",
                        "14.01.2027");
        assertThat(ru(found.get(0)))
                .isEqualTo(
                        "Периоды «2-я четверть (1–9 кл.)» и «3-я четверть (1–9 кл.)» пересекаются:"
                                + " 12.01.2027 – 14.01.2027");
        assertThat(found.get(0).text(Locale.ENGLISH))
                .isEqualTo(
                        "Periods \"quarter 2 (grades 1–9)\" and \"quarter 3 (grades 1–9)\" overlap:"
                                + " 12.01.2027 – 14.01.2027");
    }

    @Test
    @DisplayName(
            "R-S01 Overlapping periods of different grade ranges are refused for the shared grades")
    void overlapAcrossRanges() {
        List<Period> periods = standardPeriods();
        periods.add(half(1, 9, 9, "01.09.2026", "30.12.2026"));

        List<Violation> found = check(periods, standardHolidays());

        assertThat(found)
                .extracting(Violation::key)
                .contains("calendar.period.overlap", "calendar.period.mixedKinds");
        assertThat(found)
                .filteredOn(v -> v.key().equals("calendar.period.mixedKinds"))
                .singleElement()
                .satisfies(v -> assertThat(v.args().get(0)).isEqualTo("9 кл."));
    }

    @Test
    @DisplayName(
            "R-S01 A gap of school days between periods is refused, naming its dates and grades")
    void gap() {
        List<Period> periods = standardPeriods();
        // the 2nd quarter starts on Monday 9 November instead of Thursday 5 November
        periods.set(1, quarter(2, 1, 9, "09.11.2026", "30.12.2026"));

        List<Violation> found = check(periods, standardHolidays());

        assertThat(found).hasSize(1);
        Violation gap = found.get(0);
        assertThat(gap.key()).isEqualTo("calendar.period.gap");
        assertThat(gap.args())
                .startsWith(
                        "05.11.2026",
                        "06.11.2026",
                        "1–9 кл.",
                        "1-я четверть (1–9 кл.)",
                        "2-я четверть (1–9 кл.)");
        assertThat(ru(gap))
                .isEqualTo(
                        "Учебные дни 05.11.2026 – 06.11.2026 (1–9 кл.) между периодами «1-я четверть"
                                + " (1–9 кл.)» и «2-я четверть (1–9 кл.)» не входят ни в один период"
                                + " и не покрыты каникулами");
    }

    @Test
    @DisplayName("R-S02 A gap between periods is fine where holidays of the grade fill it")
    void gapFilledByHolidaysOnlyForItsGrades() {
        List<Holiday> holidays = standardHolidays();
        // the autumn holidays only for grades 1-4: grades 5-9 then have a gap
        holidays.set(0, holidays("Осенние каникулы", 1, 4, "24.10.2026", "04.11.2026"));

        List<Violation> found = check(standardPeriods(), holidays);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).key()).isEqualTo("calendar.period.gap");
        assertThat(found.get(0).args()).startsWith("26.10.2026", "04.11.2026", "5–9 кл.");
    }

    @Test
    @DisplayName("R-S01 Weekend gaps are fine and a period may end the day before the next starts")
    void exactBoundaries() {
        List<Period> periods =
                List.of(
                        // Friday 23 October, then Monday 26 October: only a weekend between
                        quarter(1, 1, 4, "01.09.2026", "23.10.2026"),
                        quarter(2, 1, 4, "26.10.2026", "30.12.2026"),
                        // the day after
                        quarter(3, 1, 4, "31.12.2026", "20.03.2027"),
                        quarter(4, 1, 4, "21.03.2027", "31.05.2027"));
        assertThat(check(periods, List.of())).isEmpty();

        // a year that starts on a Saturday may have its first period start on the Monday
        YearPlan saturdayStart =
                new YearPlan(
                        LocalDate.of(2029, 9, 1),
                        LocalDate.of(2030, 5, 31),
                        List.of(
                                new Period(
                                        PeriodKind.YEAR,
                                        1,
                                        1,
                                        11,
                                        LocalDate.of(2029, 9, 3),
                                        LocalDate.of(2030, 5, 31))),
                        List.of());
        assertThat(saturdayStart.violations()).isEmpty();
    }

    @Test
    @DisplayName("R-S01 A late first period and an early last one leave school days out")
    void startAndEnd() {
        List<Period> periods = standardPeriods();
        periods.set(0, quarter(1, 1, 9, "03.09.2026", "23.10.2026"));
        periods.set(5, half(2, 10, 11, "12.01.2027", "28.05.2027"));

        List<Violation> found = check(periods, standardHolidays());

        assertThat(found)
                .extracting(Violation::key)
                .containsExactly("calendar.period.lateStart", "calendar.period.earlyEnd");
        assertThat(found.get(0).args())
                .startsWith(
                        "01.09.2026",
                        "02.09.2026",
                        "1–9 кл.",
                        "1-я четверть (1–9 кл.)",
                        "01.09.2026");
        assertThat(found.get(1).args())
                .startsWith(
                        "31.05.2027",
                        "31.05.2027",
                        "10–11 кл.",
                        "2-е полугодие (10–11 кл.)",
                        "31.05.2027");
    }

    @Test
    @DisplayName("R-S01 A grade covered by no period at all is fine, one covered half-way is not")
    void uncoveredGrades() {
        List<Period> onlyPrimary =
                List.of(
                        quarter(1, 1, 4, "01.09.2026", "23.10.2026"),
                        quarter(2, 1, 4, "05.11.2026", "30.12.2026"),
                        quarter(3, 1, 4, "12.01.2027", "20.03.2027"),
                        quarter(4, 1, 4, "30.03.2027", "31.05.2027"));
        assertThat(check(onlyPrimary, standardHolidays())).isEmpty();

        List<Violation> found = check(onlyPrimary.subList(0, 3), standardHolidays());
        assertThat(found)
                .extracting(Violation::key)
                .containsExactly("calendar.period.count", "calendar.period.earlyEnd");
        assertThat(ru(found.get(0)))
                .isEqualTo(
                        "Для 1–4 кл. число периодов вида «четверть» — 3, а в учебном году их должно"
                                + " быть 4");
        assertThat(found.get(1).args()).startsWith("30.03.2027", "31.05.2027", "1–4 кл.");
    }

    @Test
    @DisplayName("R-S01 Periods numbered out of date order are refused, listing them by date")
    void numbering() {
        List<Period> periods = standardPeriods();
        periods.set(2, quarter(4, 1, 9, "12.01.2027", "20.03.2027"));
        periods.set(3, quarter(3, 1, 9, "30.03.2027", "31.05.2027"));

        List<Violation> found = check(periods, standardHolidays());

        assertThat(found).hasSize(1);
        assertThat(found.get(0).key()).isEqualTo("calendar.period.numbering");
        assertThat(found.get(0).args())
                .startsWith(
                        "1–9 кл.",
                        "1-я четверть (1–9 кл.), 2-я четверть (1–9 кл.), 4-я четверть (1–9 кл.),"
                                + " 3-я четверть (1–9 кл.)");
    }

    @Test
    @DisplayName("R-S01 One grade cannot mix quarters and half-years")
    void mixedKinds() {
        List<Period> periods = standardPeriods();
        // grade 9 by half-years in its 2nd half, while still in quarters in the 1st
        periods.set(2, quarter(3, 1, 8, "12.01.2027", "20.03.2027"));
        periods.set(3, quarter(4, 1, 8, "30.03.2027", "31.05.2027"));
        periods.add(half(2, 9, 9, "12.01.2027", "31.05.2027"));

        List<Violation> found = check(periods, standardHolidays());

        assertThat(found).hasSize(1);
        Violation mixed = found.get(0);
        assertThat(mixed.key()).isEqualTo("calendar.period.mixedKinds");
        assertThat(mixed.args())
                .startsWith(
                        "9 кл.",
                        "1-я четверть (1–9 кл.), 2-я четверть (1–9 кл.), 2-е полугодие (9 кл.)");
    }

    @Test
    @DisplayName("R-S02 Holidays outside the year are refused, naming them")
    void holidayOutsideYear() {
        List<Holiday> holidays = standardHolidays();
        holidays.add(holidays("Летние каникулы", 1, 11, "01.06.2027", "31.08.2027"));

        List<Violation> found = check(standardPeriods(), holidays);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).key()).isEqualTo("calendar.holiday.outsideYear");
        assertThat(ru(found.get(0)))
                .isEqualTo(
                        "Каникулы и выходные: «Летние каникулы (1–11 кл.)» (01.06.2027 – 31.08.2027)"
                                + " выходят за границы учебного года 01.09.2026 – 31.05.2027");
    }

    @Test
    @DisplayName("R-S01 Periods outside the year are refused, naming them")
    void periodOutsideYear() {
        List<Period> periods = standardPeriods();
        periods.set(3, quarter(4, 1, 9, "30.03.2027", "04.06.2027"));

        List<Violation> found = check(periods, standardHolidays());

        assertThat(found).extracting(Violation::key).containsExactly("calendar.period.outsideYear");
        assertThat(found.get(0).args())
                .startsWith("4-я четверть (1–9 кл.)", "30.03.2027", "04.06.2027");
    }

    @Test
    @DisplayName("R-S02 Holidays of the same grade must not overlap; of other grades they may")
    void holidayOverlap() {
        List<Holiday> holidays = standardHolidays();
        holidays.add(
                new Holiday(
                        HolidayKind.DAY_OFF,
                        "День народного единства",
                        1,
                        11,
                        d("04.11.2026"),
                        d("04.11.2026")));
        holidays.add(holidays("Каникулы 1-х классов", 1, 1, "13.02.2027", "21.02.2027"));
        holidays.add(holidays("Каникулы 2-х классов", 2, 2, "13.02.2027", "21.02.2027"));

        List<Violation> found = check(standardPeriods(), holidays);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).key()).isEqualTo("calendar.holiday.overlap");
        assertThat(ru(found.get(0)))
                .isEqualTo(
                        "Каникулы и выходные «Осенние каникулы (1–11 кл.)» и «День народного"
                                + " единства (1–11 кл.)» пересекаются 04.11.2026 – 04.11.2026 для"
                                + " 1–11 кл.");
    }

    @Test
    @DisplayName(
            "R-S01 R-S02 Impossible bounds and grades are named, and the plan refused with the first")
    void bounds() {
        List<Period> periods = standardPeriods();
        periods.set(0, quarter(1, 1, 9, "23.10.2026", "01.09.2026"));
        List<Holiday> holidays = standardHolidays();
        holidays.add(holidays("Странные каникулы", 7, 3, "01.02.2027", "02.02.2027"));
        holidays.add(holidays(" ", 1, 11, "03.02.2027", "03.02.2027"));

        YearPlan plan = new YearPlan(START, END, periods, holidays);
        List<Violation> found = plan.violations();

        assertThat(found)
                .extracting(Violation::key)
                .startsWith(
                        "calendar.period.bounds",
                        "calendar.holiday.grades",
                        "calendar.holiday.name");
        assertThat(found.get(0).args())
                .startsWith("1-я четверть (1–9 кл.)", "23.10.2026", "01.09.2026");
        assertThat(found.get(1).args()).startsWith("Странные каникулы (7–3 кл.)", "7", "3");
        assertThatThrownBy(plan::check)
                .isInstanceOfSatisfying(
                        JournalException.class,
                        e -> {
                            assertThat(e.kind()).isEqualTo(JournalException.Kind.INVALID);
                            assertThat(e.key()).isEqualTo("calendar.period.bounds");
                            assertThat(Messages.text(e, null))
                                    .isEqualTo(
                                            "Период «1-я четверть (1–9 кл.)»: начало 23.10.2026 позже"
                                                    + " окончания 01.09.2026");
                        });
    }

    @Test
    @DisplayName("R-S01 The same problem of several grades is reported once, naming the grades")
    void mergedGrades() {
        List<Period> periods =
                List.of(
                        new Period(PeriodKind.YEAR, 1, 1, 4, START, d("20.05.2027")),
                        new Period(PeriodKind.YEAR, 1, 6, 8, START, d("20.05.2027")),
                        new Period(PeriodKind.YEAR, 1, 5, 5, START, END));

        List<Violation> found = check(periods, List.of());

        assertThat(found).hasSize(2);
        assertThat(found).extracting(v -> v.args().get(2)).containsExactly("1–4 кл.", "6–8 кл.");
        assertThat(found.get(0).args().get(2 + 5)).isEqualTo("grades 1–4");
    }

    @Test
    @DisplayName("R-S14 An empty plan is valid: nothing is set up yet")
    void empty() {
        assertThat(check(List.of(), List.of())).isEmpty();
    }
}
