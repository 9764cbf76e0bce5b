package org.schooljournal.lessonplan.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.omnifaces.util.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.schooljournal.batch.boundary.LessonPlanSummary;
import org.schooljournal.batch.boundary.LessonPlanView;
import org.schooljournal.batch.boundary.LessonPlans;
import org.schooljournal.calendar.boundary.Calendars;
import org.schooljournal.calendar.boundary.YearData;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.platform.control.SchoolClock;
import org.schooljournal.platform.entity.Role;
import org.schooljournal.school.boundary.SubjectData;
import org.schooljournal.school.boundary.Subjects;

/**
 * The calendar-thematic plans screen (КТП, R-S09): choose a subject and a grade of the current
 * academic year, see the plan's topics in order with hours and the total, upload an XLSX sheet that
 * replaces them, download the plan as XLSX.
 */
@Named("lessonPlans")
@ViewScoped
public class LessonPlansView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject LessonPlans plans;

    @Inject SchoolClock schoolClock;

    @Inject Subjects subjects;

    @Inject Calendars calendars;

    @Inject SessionView session;

    private YearData year;
    private List<SubjectData> subjectList;
    private List<LessonPlanSummary> planList;
    private Long subjectId;
    private Integer grade;
    private LessonPlanView plan;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        year = calendars.yearOn(schoolClock.today()).orElse(null);
        subjectList = subjects.all();
        loadList();
    }

    /** Shows the plan of the chosen subject and grade, if there is one. */
    public void show() {
        plan = null;
        if (year == null || subjectId == null || grade == null) {
            Messages.addGlobalError(Texts.get("lessonPlan.chooseSubjectAndGrade"));
            return;
        }
        plan = plans.planOf(subjectId, grade, year.id()).orElse(null);
    }

    /** Opens a plan of the list. */
    public void open(LessonPlanSummary summary) {
        subjectId = summary.subjectId();
        grade = summary.grade();
        plan = plans.plan(summary.id());
    }

    /** Replaces the chosen plan's topics by the uploaded sheet; refusals become messages. */
    public void upload() {
        if (year == null || subjectId == null || grade == null) {
            Messages.addGlobalError(Texts.get("lessonPlan.chooseSubjectAndGrade"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(Texts.get("lessonPlan.chooseFile"));
            return;
        }
        show(); // a refused sheet leaves the chosen subject's and grade's stored plan shown
        plan = plans.importXlsx(subjectId, grade, year.id(), file.getContent());
        Messages.addGlobalInfo(
                MessageFormat.format(
                        Texts.get("lessonPlan.imported"),
                        plan.title(),
                        plan.topics().size(),
                        plan.totalHours()));
        loadList();
    }

    /** The shown plan as an XLSX download. */
    public StreamedContent getDownload() {
        if (plan == null) {
            return null;
        }
        long id = plan.id();
        return DefaultStreamedContent.builder()
                .name("lesson-plan-" + id + ".xlsx")
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(plans.exportXlsx(id)))
                .build();
    }

    private void loadList() {
        planList = year == null ? List.of() : plans.ofYear(year.id());
    }

    /** Head, deputy head and teachers change plans; the school administrator only reads them. */
    public boolean isEditor() {
        return session.has(Role.HEAD) || session.has(Role.DEPUTY_HEAD) || session.has(Role.TEACHER);
    }

    public String gradeLabel(int value) {
        return MessageFormat.format(Texts.get("lessonPlan.gradeValue"), value);
    }

    public YearData getYear() {
        return year;
    }

    public List<Integer> getGrades() {
        return IntStream.rangeClosed(1, 11).boxed().toList();
    }

    public List<SubjectData> getSubjectList() {
        return subjectList;
    }

    public List<LessonPlanSummary> getPlanList() {
        return planList;
    }

    public LessonPlanView getPlan() {
        return plan;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }
}
