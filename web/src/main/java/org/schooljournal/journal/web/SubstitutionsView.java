package org.schooljournal.journal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.journal.boundary.SubstitutionDay;
import org.schooljournal.journal.boundary.Substitutions;
import org.schooljournal.platform.control.SchoolClock;

/**
 * The deputy head's substitutions and moved lessons (R-J06): the school's lessons of a day by class
 * and lesson number; one lesson at a time is opened to record who gives it or to move it. Each
 * change is saved on its own by the boundary, which refuses what it must; cancelling saves nothing.
 */
@Named("substitutions")
@ViewScoped
public class SubstitutionsView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject Substitutions substitutions;

    @Inject SchoolClock schoolClock;

    @Inject SessionView session;

    private LocalDate day;
    private SubstitutionDay lessons;
    private List<SubstitutionDay.Teacher> teachers = List.of();

    private SubstitutionDay.Row selected;
    private Long substituteId;
    private LocalDate newDate;
    private Integer newNumber;

    @PostConstruct
    void init() {
        day = schoolClock.today();
        teachers = substitutions.teachers();
        load();
    }

    /** The lessons of the chosen day (today when none is chosen); closes the open lesson. */
    public void load() {
        if (day == null) {
            day = schoolClock.today();
        }
        selected = null;
        lessons = new SubstitutionDay(day, List.of()); // a refused day shows no other day's lessons
        lessons = substitutions.day(day);
    }

    public void previousDay() {
        day = day.minusDays(1);
        load();
    }

    public void nextDay() {
        day = day.plusDays(1);
        load();
    }

    /** Opens a lesson: the form starts from what is stored. */
    public void edit(SubstitutionDay.Row row) {
        selected = row;
        substituteId = row.givenById();
        newDate = row.date();
        newNumber = row.currentNumber();
    }

    /** Closes the open lesson without saving anything. */
    public void cancel() {
        selected = null;
    }

    /** Records the chosen teacher as the lesson's substitute, or gives it back (none chosen). */
    public void saveSubstitute() {
        if (selected == null) {
            return;
        }
        substitutions.substitute(selected.lessonId(), substituteId);
        Messages.addGlobalInfo(
                Texts.get(
                        substituteId == null ? "substitutions.givenBack" : "substitutions.saved"));
        load();
    }

    /** Moves the lesson to the chosen date and lesson number, with what was entered in it. */
    public void saveMove() {
        if (selected == null) {
            return;
        }
        if (newDate == null || newNumber == null) {
            Messages.addGlobalError(Texts.get("substitutions.incomplete"));
            return;
        }
        substitutions.reschedule(selected.lessonId(), newDate, newNumber);
        Messages.addGlobalInfo(
                MessageFormat.format(Texts.get("substitutions.moved"), format(newDate), newNumber));
        load();
    }

    public String format(LocalDate value) {
        return value == null ? "" : DATE.format(value);
    }

    /** The day as a title: «вторник, 10.03.2026». */
    public String getDayName() {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, session.getLocale())
                + ", "
                + format(day);
    }

    public List<Integer> getNumbers() {
        return IntStream.rangeClosed(1, 8).boxed().toList();
    }

    public boolean isOpen(SubstitutionDay.Row row) {
        return selected != null && selected.lessonId() == row.lessonId();
    }

    public List<SubstitutionDay.Row> getRows() {
        return lessons == null ? List.of() : lessons.lessons();
    }

    public List<SubstitutionDay.Teacher> getTeachers() {
        return teachers;
    }

    public SubstitutionDay.Row getSelected() {
        return selected;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Long getSubstituteId() {
        return substituteId;
    }

    public void setSubstituteId(Long substituteId) {
        this.substituteId = substituteId;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public Integer getNewNumber() {
        return newNumber;
    }

    public void setNewNumber(Integer newNumber) {
        this.newNumber = newNumber;
    }
}
