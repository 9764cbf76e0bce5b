package org.schooljournal.timetable.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.school.boundary.ClassSummary;
import org.schooljournal.school.boundary.Classes;
import org.schooljournal.timetable.boundary.GenerationReport;
import org.schooljournal.timetable.boundary.Timetables;
import org.schooljournal.timetable.boundary.WeekData;

/**
 * The timetable editor (R-S11): a class's week as lesson numbers × weekdays, each slot a choice of
 * the class's subjects saved at once; then the lessons of a date range are generated from it.
 */
@Named("timetable")
@ViewScoped
public class TimetableView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Timetables timetables;

    @Inject SchoolClock schoolClock;

    @Inject Classes classes;

    @Inject SessionView session;

    private List<ClassSummary> classList;
    private Long classId;
    private WeekData week;
    private final Map<String, Long> selection = new HashMap<>();
    private LocalDate from;
    private LocalDate to;
    private GenerationReport report;
    private int weekDays = 5;

    @PostConstruct
    void init() {
        from = schoolClock.today();
        to = schoolClock.today().plusWeeks(1);
        classList = classes.all();
        if (!classList.isEmpty()) {
            classId = classList.get(0).id();
            load();
        }
    }

    public void load() {
        report = null;
        week = classId == null ? null : timetables.ofClass(classId);
        selection.clear();
        if (week != null) {
            weekDays = week.weekDays();
            week.cells()
                    .forEach(
                            (key, cells) ->
                                    selection.put(
                                            key,
                                            cells.size() == 1
                                                    ? cells.get(0).assignmentId()
                                                    : null));
        }
    }

    /** Saves one slot after its choice changed; a clash is shown and the slot goes back. */
    public void change(int weekday, int number) {
        Long chosen = selection.get(WeekData.key(weekday, number));
        try {
            timetables.set(classId, DayOfWeek.of(weekday), number, chosen, null);
        } finally {
            load(); // saved or refused, the slots show what is stored
        }
    }

    /**
     * R-S06: the lessons of groups standing side by side in a slot, each shown with a button to
     * take it out; empty for a whole-class lesson (the choice shows it).
     */
    public List<WeekData.Cell> groupsAt(int weekday, int number) {
        List<WeekData.Cell> cells = week == null ? List.of() : week.at(weekday, number);
        return cells.stream().anyMatch(c -> c.group() != null) ? cells : List.of();
    }

    public void removeEntry(long entryId) {
        try {
            timetables.removeEntry(classId, entryId);
        } finally {
            load();
        }
    }

    /** R-S10: switches the class between a five- and a six-day week. */
    public void changeWeekDays() {
        try {
            timetables.setWeekDays(classId, weekDays);
        } finally {
            load(); // a refused change shows the stored week again
        }
    }

    public void generate() {
        report = timetables.generate(classId, from, to);
        Messages.addGlobalInfo(
                Texts.get("timetable.generated"),
                report.created(),
                report.deleted(),
                report.kept());
    }

    public List<Integer> getWeekdays() {
        return IntStream.rangeClosed(1, week == null ? 5 : week.weekDays()).boxed().toList();
    }

    public List<Integer> getNumbers() {
        return IntStream.rangeClosed(1, Timetables.MAX_LESSONS).boxed().toList();
    }

    public String dayName(int weekday) {
        return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL_STANDALONE, session.getLocale());
    }

    public List<ClassSummary> getClassList() {
        return classList;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public WeekData getWeek() {
        return week;
    }

    public Map<String, Long> getSelection() {
        return selection;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public int getWeekDays() {
        return weekDays;
    }

    public void setWeekDays(int weekDays) {
        this.weekDays = weekDays;
    }

    public GenerationReport getReport() {
        return report;
    }
}
