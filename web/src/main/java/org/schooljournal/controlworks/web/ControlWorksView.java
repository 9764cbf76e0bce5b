package org.schooljournal.controlworks.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import org.omnifaces.util.Messages;
import org.schooljournal.controlworks.boundary.ControlWorkData;
import org.schooljournal.controlworks.boundary.ControlWorks;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.boundary.ClassSummary;
import org.schooljournal.school.boundary.Classes;
import org.schooljournal.school.boundary.SubjectData;
import org.schooljournal.school.boundary.Subjects;

/**
 * The deputy head's control-work schedule (ВШК, R-S12): the month's control works of all classes or
 * one, and a form to schedule one; the boundary refuses a subject the class does not study, a day
 * without lessons and a second control work of the class on a day.
 */
@Named("controlWorks")
@ViewScoped
public class ControlWorksView implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The usual forms of control, offered in the form (any other may be typed). */
    public static final List<String> FORMS =
            List.of("контрольная работа", "диктант", "тест", "комплексная работа");

    @Inject ControlWorks works;

    @Inject SchoolClock schoolClock;

    @Inject Classes classes;

    @Inject Subjects subjects;

    @Inject SessionView session;

    private YearMonth month;
    private Long filterClassId;
    private List<ClassSummary> classList = List.of();
    private List<SubjectData> subjectList = List.of();
    private List<ControlWorkData> list = List.of();

    private Long classId;
    private Long subjectId;
    private LocalDate date;
    private String form = FORMS.get(0);
    private String topic;

    @PostConstruct
    void init() {
        month = YearMonth.from(schoolClock.today());
        classList = classes.all();
        subjectList = subjects.all();
        load();
    }

    /** Loads the month's schedule (of the chosen class, or of all). */
    public void load() {
        list = List.of(); // a refused month shows no other month's works
        list = works.between(month.atDay(1), month.atEndOfMonth(), filterClassId);
    }

    public void previousMonth() {
        month = month.minusMonths(1);
        load();
    }

    public void nextMonth() {
        month = month.plusMonths(1);
        load();
    }

    /** Schedules the control work of the form and shows the month of its date. */
    public void schedule() {
        if (classId == null
                || subjectId == null
                || date == null
                || form == null
                || form.isBlank()) {
            Messages.addGlobalError(Texts.get("controlWorks.incomplete"));
            return;
        }
        ControlWorkData work = works.schedule(classId, subjectId, date, form, topic);
        month = YearMonth.from(work.date());
        topic = null;
        load();
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("controlWorks.scheduled"),
                        work.schoolClass(),
                        work.subject(),
                        format(work.date())));
    }

    public void remove(ControlWorkData work) {
        works.remove(work.id());
        load();
        Messages.addGlobalInfo(Texts.get("controlWorks.removed"));
    }

    /** Whether the user plans the schedule (head, deputy head) or only reads it. */
    public boolean isPlanner() {
        return session.has(Role.HEAD) || session.has(Role.DEPUTY_HEAD);
    }

    public String format(LocalDate value) {
        return value == null ? "" : DATE.format(value);
    }

    /** The month as a title: «январь 2027». */
    public String getMonthName() {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, session.getLocale())
                + " "
                + month.getYear();
    }

    public List<String> getForms() {
        return FORMS;
    }

    public List<ClassSummary> getClassList() {
        return classList;
    }

    public List<SubjectData> getSubjectList() {
        return subjectList;
    }

    public List<ControlWorkData> getList() {
        return list;
    }

    public Long getFilterClassId() {
        return filterClassId;
    }

    public void setFilterClassId(Long filterClassId) {
        this.filterClassId = filterClassId;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
