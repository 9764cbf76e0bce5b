package org.schooljournal.journal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.journal.boundary.SummarySheet;
import org.schooljournal.journal.boundary.SummarySheets;
import org.schooljournal.platform.entity.Role;

/**
 * The summary sheet of a class (сводная ведомость, R-J12, R-C10) on screen and for printing on A4
 * landscape: the deputy head and head choose any class, a class teacher sees its own.
 */
@Named("summarySheet")
@ViewScoped
public class SummarySheetView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject SummarySheets sheets;

    @Inject SessionView session;

    private Long classId;
    private List<SummarySheet.ClassChoice> classes = List.of();
    private SummarySheet sheet;

    @PostConstruct
    void init() {
        classes = sheets.classes();
    }

    /** Loads the chosen class's sheet; a class teacher of one class gets it without choosing. */
    public void load() {
        if (classId == null && classes.size() == 1) {
            classId = classes.get(0).id();
        }
        sheet = null;
        if (classId == null) {
            return;
        }
        sheet = sheets.of(classId);
    }

    /** Columns per subject: its periods and the year. */
    public int getSubjectSpan() {
        return sheet == null ? 1 : sheet.periods().size() + 1;
    }

    /** Whether the user chooses the class (deputy head, head, or a teacher of several classes). */
    public boolean isChooser() {
        return classes.size() > 1 || isManager();
    }

    /** The deputy head and the head download every class's sheet as one XLSX. */
    public boolean isManager() {
        return session.has(Role.HEAD) || session.has(Role.DEPUTY_HEAD);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public List<SummarySheet.ClassChoice> getClasses() {
        return classes;
    }

    public SummarySheet getSheet() {
        return sheet;
    }
}
