package org.schooljournal.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.schooljournal.batch.boundary.ImportStatus;
import org.schooljournal.batch.boundary.Jobs;
import org.schooljournal.identity.web.SessionView;
import org.schooljournal.identity.web.Texts;
import org.schooljournal.school.boundary.ClassSummary;
import org.schooljournal.school.boundary.Classes;

/**
 * The school administrator's import screen: choose a class, upload a CSV or XLSX file, follow the
 * batch job and read its report of skipped rows.
 */
@Named("imports")
@ViewScoped
public class ImportView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject Jobs jobs;

    @Inject Classes classes;

    @Inject SessionView session;

    private List<ClassSummary> classList;
    private Long classId;
    private Long importId;
    private transient UploadedFile file;

    @PostConstruct
    void init() {
        classList = classes.all();
    }

    /** Starts the import of the chosen file into the chosen class; refusals become messages. */
    public void start() {
        if (classId == null) {
            Messages.addGlobalError(Texts.get("import.chooseClass"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            Messages.addGlobalError(Texts.get("import.chooseFile"));
            return;
        }
        importId = jobs.startPupilImport(classId, file.getFileName(), file.getContent());
    }

    public void restart(long id) {
        jobs.restartImport(id);
        importId = id;
    }

    public ImportStatus getCurrent() {
        return importId == null ? null : jobs.importStatus(importId, session.getLocale());
    }

    public boolean isRunning() {
        ImportStatus current = getCurrent();
        return current != null && current.isRunning();
    }

    public List<ImportStatus> getRecent() {
        return jobs.recentImports(session.getLocale());
    }

    public List<ClassSummary> getClassList() {
        return classList;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }
}
