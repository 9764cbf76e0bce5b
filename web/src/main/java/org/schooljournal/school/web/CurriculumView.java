package org.schooljournal.school.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.web.EditedValue;
import org.schooljournal.school.boundary.AssignmentLoad;
import org.schooljournal.school.boundary.Curriculum;
import org.schooljournal.school.boundary.CurriculumLineData;
import org.schooljournal.school.boundary.LoadData;
import org.schooljournal.school.boundary.SubjectData;
import org.schooljournal.school.boundary.Subjects;

/**
 * The deputy head's curriculum screen (R-S08): the basic plan of a chosen grade with its hours
 * saved as soon as they are typed, a subject added to it; below, the teaching load: each teacher's
 * total, each class and subject planned against assigned (over-assignment highlighted), the
 * violations, and the hours of each assignment, refused above the curriculum.
 */
@Named("curriculum")
@ViewScoped
public class CurriculumView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Curriculum curriculum;

    @Inject Subjects subjects;

    @Inject SessionView session;

    private int grade = 5;
    private final List<LineRow> lines = new ArrayList<>();
    private final List<AssignmentRow> assignments = new ArrayList<>();
    private List<SubjectData> subjectList = List.of();
    private LoadData load;
    private Long subjectId;
    private BigDecimal hours;

    @PostConstruct
    void init() {
        subjectList = subjects.all();
        loadLines();
        loadLoad();
    }

    private void loadLines() {
        lines.clear();
        curriculum.lines(grade).forEach(l -> lines.add(new LineRow(l)));
    }

    private void loadLoad() {
        load = curriculum.load().in(session.getLocale());
        assignments.clear();
        load.assignments().forEach(a -> assignments.add(new AssignmentRow(a)));
    }

    /** Shows the plan of the grade just chosen. */
    public void changeGrade() {
        loadLines();
    }

    /** Saves the hours just typed in a line; on a refusal the line shows the saved ones again. */
    public void changeHours(LineRow row) {
        if (row.hours.save(
                hours -> curriculum.setHours(grade, row.subjectId, hours).hours(),
                session.getLocale())) {
            loadLoad();
            Messages.addGlobalInfo(
                    MessageFormat.format(
                            Texts.get("curriculum.saved"),
                            grade,
                            row.subjectName,
                            row.hours.saved()));
        }
    }

    /** Adds a subject to the grade's plan (or gives it new hours). */
    public void add() {
        if (subjectId == null || hours == null) {
            Messages.addGlobalError(Texts.get("curriculum.required"));
            return;
        }
        CurriculumLineData saved = curriculum.setHours(grade, subjectId, hours);
        loadLines();
        loadLoad();
        subjectId = null;
        hours = null;
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("curriculum.saved"), grade, saved.subjectName(), saved.hours()));
    }

    /** Removes a line from the grade's plan. */
    public void remove(LineRow row) {
        curriculum.remove(row.id);
        loadLines();
        loadLoad();
        Messages.addGlobalInfo(
                MessageFormat.format(Texts.get("curriculum.removed"), grade, row.subjectName));
    }

    /** Saves the hours just typed for an assignment; a refusal shows the saved ones again. */
    public void changeAssignmentHours(AssignmentRow row) {
        if (row.hours.save(
                hours -> curriculum.setAssignmentHours(row.id, hours).hours(),
                session.getLocale())) {
            loadLoad();
            BigDecimal saved = row.hours.saved();
            Messages.addGlobalInfo(
                    saved == null
                            ? MessageFormat.format(
                                    Texts.get("load.cleared"), row.classTitle, row.subjectName)
                            : MessageFormat.format(
                                    Texts.get("load.saved"),
                                    row.classTitle,
                                    row.subjectName,
                                    saved));
        }
    }

    /** Fills the empty hours of the assignments from the timetable. */
    public void seedFromTimetable() {
        int set = curriculum.seedFromTimetable();
        loadLoad();
        Messages.addGlobalInfo(MessageFormat.format(Texts.get("load.seeded"), set));
    }

    public List<Integer> getGrades() {
        return IntStream.rangeClosed(1, 11).boxed().toList();
    }

    public int getGrade() {
        return grade;
    }

    public void setGrade(int grade) {
        this.grade = grade;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public List<AssignmentRow> getAssignments() {
        return assignments;
    }

    public List<SubjectData> getSubjects() {
        return subjectList;
    }

    public LoadData getLoad() {
        return load;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    /**
     * What both tables' rows share: a subject's hours saved as soon as they are typed, as typed and
     * as saved.
     */
    public abstract static class HoursRow implements Serializable {
        private static final long serialVersionUID = 1L;

        final long id;
        final String subjectName;
        final EditedValue<BigDecimal> hours;

        HoursRow(long id, String subjectName, EditedValue<BigDecimal> hours) {
            this.id = id;
            this.subjectName = subjectName;
            this.hours = hours;
        }

        public long getId() {
            return id;
        }

        public String getSubjectName() {
            return subjectName;
        }

        /* typed for the page: p:inputNumber converts to the property's own type */
        public BigDecimal getHours() {
            return hours.getValue();
        }

        public void setHours(BigDecimal typed) {
            hours.setValue(typed);
        }
    }

    /** A line of the plan: hours that cannot be emptied. */
    public static final class LineRow extends HoursRow {
        private static final long serialVersionUID = 1L;

        private final long subjectId;

        LineRow(CurriculumLineData view) {
            super(view.id(), view.subjectName(), EditedValue.of(view.hours()));
            this.subjectId = view.subjectId();
        }
    }

    /** A teaching assignment, with its teacher and class; its hours may be emptied (not set). */
    public static final class AssignmentRow extends HoursRow {
        private static final long serialVersionUID = 1L;

        private final String teacherName;
        private final String classTitle;

        AssignmentRow(AssignmentLoad view) {
            super(view.id(), view.subjectName(), EditedValue.clearable(view.hours()));
            this.teacherName = view.teacherName();
            this.classTitle = view.classTitle();
        }

        public String getTeacherName() {
            return teacherName;
        }

        public String getClassTitle() {
            return classTitle;
        }
    }
}
