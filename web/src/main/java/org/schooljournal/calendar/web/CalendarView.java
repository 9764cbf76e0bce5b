package org.schooljournal.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.boundary.HolidayData;
import org.schooljournal.calendar.boundary.HolidayInput;
import org.schooljournal.calendar.boundary.PeriodInput;
import org.schooljournal.calendar.boundary.StudyPeriodData;
import org.schooljournal.calendar.boundary.YearData;
import org.schooljournal.calendar.control.YearPlan;
import org.schooljournal.calendar.entity.HolidayKind;
import org.schooljournal.calendar.entity.PeriodKind;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;

/**
 * The deputy head's school year screen (R-S01, R-S02): choose a year or create the standard one,
 * edit its periods and holidays in place, and save the whole plan at once. The plan is checked here
 * first so that every problem is listed; the boundary checks it again and stores all or nothing.
 */
@Named("calendar")
@ViewScoped
public class CalendarView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject Calendars calendars;

    @Inject SchoolClock schoolClock;

    @Inject SessionView session;

    private List<YearItem> years = List.of();
    private Long yearId;
    private YearItem year;
    private Integer startYear;
    private final List<PeriodRow> periods = new ArrayList<>();
    private final List<HolidayRow> holidays = new ArrayList<>();

    /** A year in the chooser. */
    public record YearItem(long id, String name, LocalDate startsOn, LocalDate endsOn)
            implements Serializable {}

    @PostConstruct
    void init() {
        LocalDate today = schoolClock.today();
        startYear =
                today.getMonthValue() >= Month.JUNE.getValue()
                        ? today.getYear()
                        : today.getYear() - 1;
        List<YearData> all = loadYears();
        all.stream()
                .filter(y -> !today.isBefore(y.startsOn()) && !today.isAfter(y.endsOn()))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresent(this::show);
    }

    private List<YearData> loadYears() {
        List<YearData> all = calendars.years();
        years =
                all.stream()
                        .map(y -> new YearItem(y.id(), y.name(), y.startsOn(), y.endsOn()))
                        .toList();
        return all;
    }

    /** Shows the chosen year (unsaved edits of the previous one are dropped). */
    public void select() {
        if (yearId == null) {
            year = null;
            periods.clear();
            holidays.clear();
            return;
        }
        show(calendars.year(yearId));
    }

    private void show(YearData view) {
        yearId = view.id();
        year = new YearItem(view.id(), view.name(), view.startsOn(), view.endsOn());
        periods.clear();
        for (StudyPeriodData p : view.periods()) {
            periods.add(
                    new PeriodRow(
                            p.kind(),
                            p.number(),
                            p.gradeFrom(),
                            p.gradeTo(),
                            p.startsOn(),
                            p.endsOn()));
        }
        holidays.clear();
        for (HolidayData h : view.holidays()) {
            holidays.add(
                    new HolidayRow(
                            h.kind(),
                            h.name(),
                            h.gradeFrom(),
                            h.gradeTo(),
                            h.startsOn(),
                            h.endsOn()));
        }
    }

    /** Creates the standard year of {@link #getStartYear()} and shows it. */
    public void createStandard() {
        if (startYear == null) {
            Messages.addGlobalError(Texts.get("calendar.startYearRequired"));
            return;
        }
        long id = calendars.createStandardYear(startYear);
        loadYears();
        show(calendars.year(id));
        Messages.addGlobalInfo(MessageFormat.format(Texts.get("calendar.created"), year.name()));
    }

    public void addPeriod() {
        PeriodRow last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        periods.add(
                last == null
                        ? new PeriodRow(PeriodKind.QUARTER, 1, 1, 11, null, null)
                        : new PeriodRow(
                                last.kind,
                                last.number == null ? null : last.number + 1,
                                last.getGradeFrom(),
                                last.getGradeTo(),
                                null,
                                null));
    }

    public void removePeriod(PeriodRow row) {
        periods.remove(row);
    }

    public void addHoliday() {
        holidays.add(new HolidayRow(HolidayKind.HOLIDAYS, "", 1, 11, null, null));
    }

    public void removeHoliday(HolidayRow row) {
        holidays.remove(row);
    }

    /**
     * Saves the whole plan: lists every problem and saves nothing if there is one, else replaces
     * the year's plan and says "Сохранено".
     */
    public void save() {
        if (year == null) {
            return;
        }
        // both lists are checked (no short cut): every problem is listed at once
        boolean complete =
                complete(periods, "calendar.incompletePeriod")
                        & complete(holidays, "calendar.incompleteHoliday");
        if (!complete) {
            return;
        }
        List<PeriodInput> periodInputs = periods.stream().map(PeriodRow::toInput).toList();
        List<HolidayInput> holidayInputs = holidays.stream().map(HolidayRow::toInput).toList();
        List<YearPlan.Violation> problems =
                new YearPlan(
                                year.startsOn(),
                                year.endsOn(),
                                periodInputs.stream().map(PeriodInput::toPeriod).toList(),
                                holidayInputs.stream().map(HolidayInput::toHoliday).toList())
                        .violations();
        if (!problems.isEmpty()) {
            problems.forEach(v -> Messages.addGlobalError(v.text(session.getLocale())));
            return;
        }
        calendars.replacePlan(year.id(), periodInputs, holidayInputs);
        show(calendars.year(year.id()));
        Messages.addGlobalInfo(Texts.get("calendar.saved"));
    }

    /** Shows {@code key} with the row's number for each incomplete row; true if there is none. */
    private static boolean complete(List<? extends PlanRow> rows, String key) {
        boolean complete = true;
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isComplete()) {
                Messages.addGlobalError(MessageFormat.format(Texts.get(key), i + 1));
                complete = false;
            }
        }
        return complete;
    }

    /** A date as the screen shows it (dd.MM.yyyy), empty when not set. */
    public String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public PeriodKind[] getPeriodKinds() {
        return PeriodKind.values();
    }

    public HolidayKind[] getHolidayKinds() {
        return HolidayKind.values();
    }

    public List<YearItem> getYears() {
        return years;
    }

    public YearItem getYear() {
        return year;
    }

    public Long getYearId() {
        return yearId;
    }

    public void setYearId(Long yearId) {
        this.yearId = yearId;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(Integer startYear) {
        this.startYear = startYear;
    }

    public List<PeriodRow> getPeriods() {
        return periods;
    }

    public List<HolidayRow> getHolidays() {
        return holidays;
    }

    /** An editable row of the periods table. */
    public static final class PeriodRow extends PlanRow {
        private static final long serialVersionUID = 1L;

        private PeriodKind kind;
        private Integer number;

        PeriodRow(
                PeriodKind kind,
                Integer number,
                Integer gradeFrom,
                Integer gradeTo,
                LocalDate startsOn,
                LocalDate endsOn) {
            super(gradeFrom, gradeTo, startsOn, endsOn);
            this.kind = kind;
            this.number = number;
        }

        @Override
        boolean isComplete() {
            return kind != null && number != null && rangeComplete();
        }

        PeriodInput toInput() {
            return new PeriodInput(
                    kind, number, getGradeFrom(), getGradeTo(), getStartsOn(), getEndsOn());
        }

        public PeriodKind getKind() {
            return kind;
        }

        public void setKind(PeriodKind kind) {
            this.kind = kind;
        }

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer number) {
            this.number = number;
        }
    }

    /** An editable row of the holidays table. */
    public static final class HolidayRow extends PlanRow {
        private static final long serialVersionUID = 1L;

        private HolidayKind kind;
        private String name;

        HolidayRow(
                HolidayKind kind,
                String name,
                Integer gradeFrom,
                Integer gradeTo,
                LocalDate startsOn,
                LocalDate endsOn) {
            super(gradeFrom, gradeTo, startsOn, endsOn);
            this.name = name;
            this.kind = kind;
        }

        @Override
        boolean isComplete() {
            return kind != null && rangeComplete();
        }

        HolidayInput toInput() {
            return new HolidayInput(
                    kind, name, getGradeFrom(), getGradeTo(), getStartsOn(), getEndsOn());
        }

        public HolidayKind getKind() {
            return kind;
        }

        public void setKind(HolidayKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }
}
