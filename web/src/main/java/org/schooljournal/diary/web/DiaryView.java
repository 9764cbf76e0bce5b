package org.schooljournal.diary.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.schooljournal.diary.boundary.Diary;
import org.schooljournal.diary.boundary.DiaryTerm;
import org.schooljournal.diary.boundary.DiaryWeek;
import org.schooljournal.platform.control.Messages;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.JournalException;

/**
 * The week diary (R-D01): a week of the child's lessons, Monday to Saturday, with previous/next and
 * a date; the child switcher for parents of several children; tabs for the period's marks,
 * absences, teachers and timetable, read when first opened. Each screen state is one boundary call.
 */
@Named("diary")
@ViewScoped
public class DiaryView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    @Inject Diary diary;

    @Inject SchoolClock schoolClock;

    private Long pupilId;
    private LocalDate date;
    private DiaryWeek week;
    private DiaryTerm term;
    private boolean noChild;

    @PostConstruct
    void init() {
        date = requestedDate();
        try {
            week = diary.week(null, date);
        } catch (JournalException e) {
            // an account with no child in its school (yet): the page says so
            noChild = true;
            return;
        }
        pupilId = week.child().pupilId();
        diary.opened(pupilId);
    }

    /** {@code ?date=2026-12-07} opens that day's week (a link from elsewhere); else today's. */
    private LocalDate requestedDate() {
        String asked =
                FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get("date");
        try {
            return asked == null ? schoolClock.today() : LocalDate.parse(asked);
        } catch (DateTimeParseException e) {
            return schoolClock.today(); // a mistyped link still opens the diary
        }
    }

    private void load() {
        week = diary.week(pupilId, date);
        term = null;
    }

    /** Another child: its week, and its messages count as read from now on. */
    public void switchChild() {
        load();
        diary.opened(pupilId);
    }

    public void previous() {
        date = week.monday().minusWeeks(1);
        load();
    }

    public void next() {
        date = week.monday().plusWeeks(1);
        load();
    }

    public void thisWeek() {
        date = schoolClock.today();
        load();
    }

    /** The date picker chose a day: its week. */
    public void pick() {
        if (date == null) {
            date = schoolClock.today();
        }
        load();
    }

    /** The tabs' data for the period of the week shown, read once per week and child. */
    public DiaryTerm getTerm() {
        if (term == null && week != null) {
            term = diary.term(pupilId, week.monday());
        }
        return term;
    }

    public boolean isNoChild() {
        return noChild;
    }

    public DiaryWeek getWeek() {
        return week;
    }

    public Long getPupilId() {
        return pupilId;
    }

    public void setPupilId(Long pupilId) {
        this.pupilId = pupilId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    /** Whether the week shown holds today (a Sunday belongs to the week it ends). */
    public boolean isThisWeek() {
        return week != null
                && week.monday()
                        .equals(
                                week.today()
                                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public boolean isToday(LocalDate d) {
        return week != null && d.equals(week.today());
    }

    /** «Понедельник, 07.12». */
    public String dayTitle(LocalDate d, Locale locale) {
        String name = d.getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + ", " + DAY.format(d);
    }

    /** «07.12 – 12.12.2026». */
    public String weekTitle() {
        LocalDate monday = week.monday();
        return DAY.format(monday)
                + " – "
                + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(monday.plusDays(5));
    }

    /** «Понедельник». */
    public String weekday(int isoDay, Locale locale) {
        String name = DayOfWeek.of(isoDay).getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    public String time(LocalTime t) {
        return t == null ? "" : TIME.format(t);
    }

    public String shown(Instant at) {
        return at == null ? "" : WHEN.withZone(schoolClock.zone()).format(at);
    }

    public long unread() {
        return week == null
                ? 0
                : week.messages().stream().filter(DiaryWeek.Message::unread).count();
    }

    /** The timetable tab's slots of one weekday. */
    public List<DiaryTerm.Slot> slotsOf(int isoDay) {
        return getTerm().timetable().stream().filter(s -> s.weekday() == isoDay).toList();
    }

    /** «2-я четверть, 09.11 – 27.12»; null outside the study periods. */
    public String periodTitle(Locale locale) {
        DiaryTerm.Period p = getTerm().period();
        if (p == null) {
            return null;
        }
        return Messages.text(locale, "period.name." + p.kind(), String.valueOf(p.number()))
                + ", "
                + day(p.from())
                + " – "
                + day(p.to());
    }

    /** The journal's attendance code (Б, УП, НП, ОП) as the bundle's key suffix. */
    public String attendanceKey(String code) {
        return switch (code == null ? "" : code) {
            case "Б" -> "ILLNESS";
            case "УП" -> "EXCUSED";
            case "НП" -> "UNEXCUSED";
            default -> "LATE";
        };
    }

    /** Monday to Friday, and Saturday when the timetable has lessons on it. */
    public List<Integer> weekdays() {
        boolean saturday = getTerm().timetable().stream().anyMatch(s -> s.weekday() == 6);
        return saturday ? List.of(1, 2, 3, 4, 5, 6) : List.of(1, 2, 3, 4, 5);
    }
}
