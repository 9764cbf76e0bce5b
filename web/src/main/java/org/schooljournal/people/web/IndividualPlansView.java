package org.schooljournal.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.people.boundary.IndividualPlans;
import org.schooljournal.people.boundary.PlanLineData;
import org.schooljournal.school.entity.IndividualPlanLine.Mode;
import org.schooljournal.school.web.GroupChoosers;
import org.schooljournal.school.web.GroupChoosers.Choice;

/**
 * The individual study plans section of the groups screen (R-S07): the subjects a pupil studies
 * alone, with its own weekly hours, or does not study. A subject taught individually gets the
 * pupil's own group, so the groups table is read again after every change.
 */
@Named("plans")
@ViewScoped
public class IndividualPlansView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject IndividualPlans plans;

    @Inject SessionView session;
    @Inject GroupsView groups;
    @Inject GroupChoosers choosers;

    private List<PlanLineData> lines = List.of();
    private Long classId;
    private List<Choice> pupils = List.of();
    private Long pupilId;
    private Long subjectId;
    private Mode mode = Mode.NOT_STUDIED;
    private BigDecimal hours;
    private String note;

    @PostConstruct
    void init() {
        lines = plans.all();
    }

    /** Offers the pupils of the class just chosen. */
    public void chooseClass() {
        pupils = choosers.pupilsOf(classId);
        pupilId = null;
    }

    public void save() {
        if (pupilId == null || subjectId == null || mode == null) {
            Messages.addGlobalError(Texts.get("groups.plan.required"));
            return;
        }
        if (mode == Mode.INDIVIDUAL && hours == null) {
            Messages.addGlobalError(Texts.get("groups.plan.hoursRequired"));
            return;
        }
        PlanLineData saved =
                plans.set(
                        pupilId,
                        subjectId,
                        mode,
                        mode == Mode.INDIVIDUAL ? hours : null,
                        note == null || note.isBlank() ? null : note.strip());
        reload();
        subjectId = null;
        hours = null;
        note = null;
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("groups.plan.saved"), saved.pupil(), saved.subject()));
    }

    public void remove(PlanLineData line) {
        plans.remove(line.id());
        reload();
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("groups.plan.removed"), line.pupil(), line.subject()));
    }

    private void reload() {
        lines = plans.all();
        groups.reload();
    }

    /** «индивидуально, 1,5 ч/нед» or «не изучает», as the deputy reads a plan. */
    public String modeLabel(PlanLineData line) {
        if (Mode.NOT_STUDIED.name().equals(line.mode())) {
            return Texts.get("groups.plan.mode.NOT_STUDIED");
        }
        String shownHours =
                line.hours() == null
                        ? "—"
                        : NumberFormat.getNumberInstance(session.getLocale()).format(line.hours());
        return MessageFormat.format(Texts.get("groups.plan.individualHours"), shownHours);
    }

    public Mode[] getModes() {
        return Mode.values();
    }

    public List<PlanLineData> getLines() {
        return lines;
    }

    public List<Choice> getPupils() {
        return pupils;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getPupilId() {
        return pupilId;
    }

    public void setPupilId(Long pupilId) {
        this.pupilId = pupilId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
