package org.schooljournal.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.people.boundary.MovementData;
import org.schooljournal.people.boundary.PupilMovements;
import org.schooljournal.people.boundary.PupilSummary;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.school.boundary.ClassSummary;
import org.schooljournal.school.boundary.Classes;

/** The movement screen (R-S13): a class's pupils, transfer or withdrawal from a date, history. */
@Named("movements")
@ViewScoped
public class MovementsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject PupilMovements movements;

    @Inject SchoolClock schoolClock;

    @Inject Classes classes;

    private List<ClassSummary> classList;
    private Long classId;
    private List<PupilSummary> pupils = List.of();
    private Long pupilId;
    private Long toClassId;
    private LocalDate date;
    private String note;
    private List<MovementData> history = List.of();

    @PostConstruct
    void init() {
        date = schoolClock.today();
        classList = classes.all();
        if (!classList.isEmpty()) {
            classId = classList.get(0).id();
            load();
        }
    }

    public void load() {
        pupils = classId == null ? List.of() : movements.pupilsOf(classId);
        pupilId = null;
        history = List.of();
    }

    public void select(long id) {
        pupilId = id;
        history = movements.history(id);
    }

    public void transfer() {
        act(() -> movements.transfer(pupilId, toClassId, date, note));
    }

    public void withdraw() {
        act(() -> movements.withdraw(pupilId, date, note));
    }

    private void act(Runnable action) {
        if (pupilId == null) {
            Messages.addGlobalError(Texts.get("movements.choosePupil"));
            return;
        }
        action.run();
        Long moved = pupilId;
        pupils = movements.pupilsOf(classId);
        select(moved);
        Messages.addGlobalInfo(Texts.get("movements.saved"));
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

    public List<PupilSummary> getPupils() {
        return pupils;
    }

    public Long getPupilId() {
        return pupilId;
    }

    public Long getToClassId() {
        return toClassId;
    }

    public void setToClassId(Long toClassId) {
        this.toClassId = toClassId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<MovementData> getHistory() {
        return history;
    }
}
