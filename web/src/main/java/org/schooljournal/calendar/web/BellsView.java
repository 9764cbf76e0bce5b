package org.schooljournal.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.calendar.boundary.BellScheduleData;
import org.schooljournal.calendar.boundary.BellSchedules;
import org.schooljournal.calendar.boundary.ClassRegime;
import org.schooljournal.calendar.control.BellSchedule;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.web.EditedValue;
import org.schooljournal.platform.web.SetupTable;

/**
 * The bell schedules screen (R-S10): each schedule as an editable table of lessons saved as a
 * whole, a new schedule from the first- or second-shift template, and each class's shift and
 * schedule.
 */
@Named("bells")
@ViewScoped
public class BellsView extends SetupTable<BellsView.Schedule> {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject BellSchedules bellSchedules;

    @Inject SessionView session;

    private final List<ClassRow> classes = new ArrayList<>();
    private boolean secondShift;

    @Override
    protected List<Schedule> fetch() {
        return bellSchedules.all().stream().map(Schedule::new).toList();
    }

    /** The schedules and, as they name them, the classes' choices. */
    @Override
    protected void load() {
        super.load();
        classes.clear();
        bellSchedules.regimes().forEach(c -> classes.add(new ClassRow(c)));
    }

    public void add() {
        String name = newName("bells.nameRequired");
        if (name == null) {
            return;
        }
        BellSchedule template = secondShift ? BellSchedule.secondShift() : BellSchedule.standard();
        BellScheduleData added = bellSchedules.save(null, name, template.periods());
        added();
        said("bells.added", added.name());
    }

    /** Saves the schedule's name and every lesson at once; nothing is stored on a refusal. */
    public void save(Schedule schedule) {
        List<BellSchedule.Period> periods = new ArrayList<>();
        for (Row row : schedule.rows) {
            LocalTime start = time(row.start);
            LocalTime end = time(row.end);
            if (start == null || end == null) {
                Messages.addGlobalError(
                        MessageFormat.format(Texts.get("bells.badTime"), row.number));
                return;
            }
            periods.add(new BellSchedule.Period(row.number, start, end));
        }
        bellSchedules.save(schedule.id, schedule.name.getValue(), periods);
        load();
        said("bells.saved", schedule.name.getValue());
    }

    /** A new last lesson 10 minutes after the previous one, as long as it. */
    public void addLesson(Schedule schedule) {
        if (schedule.rows.size() >= BellSchedule.MAX_LESSONS) {
            return;
        }
        Row last = schedule.rows.isEmpty() ? null : schedule.rows.get(schedule.rows.size() - 1);
        LocalTime lastStart = last == null ? null : time(last.start);
        LocalTime lastEnd = last == null ? null : time(last.end);
        LocalTime start = lastEnd == null ? LocalTime.of(8, 30) : lastEnd.plusMinutes(10);
        long minutes =
                lastStart == null || lastEnd == null || !lastEnd.isAfter(lastStart)
                        ? 40
                        : java.time.Duration.between(lastStart, lastEnd).toMinutes();
        schedule.rows.add(
                new Row(
                        schedule.rows.size() + 1,
                        start.format(HH_MM),
                        start.plusMinutes(minutes).format(HH_MM)));
    }

    public void removeLesson(Schedule schedule) {
        if (schedule.rows.size() > 1) {
            schedule.rows.remove(schedule.rows.size() - 1);
        }
    }

    public void delete(Schedule schedule) {
        bellSchedules.delete(schedule.id);
        load();
        said("bells.deleted", schedule.name.saved());
    }

    /** Saves a class's shift and schedule; on a refusal the row shows what is stored again. */
    public void setClass(ClassRow row) {
        ClassRegime[] stored = new ClassRegime[1];
        boolean saved =
                row.regime.save(
                        chosen -> {
                            stored[0] =
                                    bellSchedules.setClass(
                                            row.classId, chosen.shift(), chosen.scheduleId());
                            return new Regime(stored[0].shift(), stored[0].scheduleId());
                        },
                        session.getLocale());
        if (saved) {
            load(); // the schedules' lists of classes follow the change
            said("bells.classSaved", stored[0].title(), stored[0].scheduleName());
        }
    }

    private static LocalTime time(String text) {
        try {
            return text == null ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<ClassRow> getClasses() {
        return classes;
    }

    public boolean isSecondShift() {
        return secondShift;
    }

    public void setSecondShift(boolean secondShift) {
        this.secondShift = secondShift;
    }

    /** A schedule being edited: its name (as typed and as saved) and lessons as typed. */
    public static final class Schedule implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long id;
        private final boolean main;
        private final int shift;
        private final List<String> classes;
        private final List<Row> rows = new ArrayList<>();
        private final EditedValue<String> name;

        Schedule(BellScheduleData view) {
            this.id = view.id();
            this.main = view.main();
            this.shift = view.shift();
            this.name = EditedValue.of(view.name());
            this.classes = List.copyOf(view.classes());
            view.periods()
                    .forEach(
                            p ->
                                    rows.add(
                                            new Row(
                                                    p.number(),
                                                    p.start().format(HH_MM),
                                                    p.end().format(HH_MM))));
        }

        public long getId() {
            return id;
        }

        public boolean isMain() {
            return main;
        }

        public int getShift() {
            return shift;
        }

        /** The name as stored (the table's heading while the name is being typed). */
        public String getSaved() {
            return name.saved();
        }

        public String getClasses() {
            return String.join(", ", classes);
        }

        public List<Row> getRows() {
            return rows;
        }

        /* typed for the page: EL sees the generic value as a plain Object */
        public String getName() {
            return name.getValue();
        }

        public void setName(String typed) {
            name.setValue(typed);
        }
    }

    /** One lesson of a schedule with its times as typed (HH:mm). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;

        private final int number;
        private String start;
        private String end;

        Row(int number, String start, String end) {
            this.number = number;
            this.start = start;
            this.end = end;
        }

        public int getNumber() {
            return number;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }
    }

    /** A class's shift and schedule (null: the main one), chosen and saved together. */
    record Regime(int shift, Long scheduleId) implements Serializable {}

    /** A class with its shift and schedule as chosen and as saved. */
    public static final class ClassRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long classId;
        private final String title;
        private final int weekDays;
        private final EditedValue<Regime> regime;

        ClassRow(ClassRegime regime) {
            this.classId = regime.classId();
            this.title = regime.title();
            this.weekDays = regime.weekDays();
            this.regime = EditedValue.of(new Regime(regime.shift(), regime.scheduleId()));
        }

        public long getClassId() {
            return classId;
        }

        public String getTitle() {
            return title;
        }

        public int getWeekDays() {
            return weekDays;
        }

        public int getShift() {
            return regime.getValue().shift();
        }

        public void setShift(int shift) {
            regime.setValue(new Regime(shift, regime.getValue().scheduleId()));
        }

        public Long getScheduleId() {
            return regime.getValue().scheduleId();
        }

        public void setScheduleId(Long scheduleId) {
            regime.setValue(new Regime(regime.getValue().shift(), scheduleId));
        }
    }
}
