package org.schooljournal.archive.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.schooljournal.batch.boundary.ArchiveDocumentData;
import org.schooljournal.batch.boundary.ArchiveOverview;
import org.schooljournal.batch.boundary.SchoolChoiceData;

/**
 * The archive browser: school → year → class → documents (download, size, hash, retention date,
 * proof). The archivist picks any school; a head sees its own.
 */
@Named("archiveDocuments")
@ViewScoped
public class ArchiveDocumentsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ArchiveOverview overview;

    private List<SchoolChoiceData> schools;
    private Long school;
    private transient List<ArchiveDocumentData> documents;

    @PostConstruct
    void init() {
        schools = overview.schools();
    }

    /** The chosen school, or the only one (a head's). */
    public Long getSchool() {
        if (school == null && schools.size() == 1) {
            school = schools.get(0).id();
        }
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
        documents = null;
    }

    public List<ArchiveDocumentData> getDocuments() {
        if (documents == null && getSchool() != null) {
            // PrimeFaces sorts the rows to group them by year: a list it may change
            documents = new java.util.ArrayList<>(overview.documents(getSchool()));
        }
        return documents == null ? List.of() : documents;
    }

    public List<SchoolChoiceData> getSchools() {
        return schools;
    }

    /** «1,2 МБ», «830 КБ». */
    public String size(long bytes) {
        return bytes >= 1_000_000
                ? String.format("%.1f MB", bytes / 1e6)
                : String.format("%d KB", Math.max(1, bytes / 1000));
    }
}
