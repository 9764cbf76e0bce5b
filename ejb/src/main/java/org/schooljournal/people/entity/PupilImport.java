package org.schooljournal.people.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.schooljournal.platform.entity.SchoolOwned;
import org.schooljournal.school.entity.SchoolClass;

/**
 * An uploaded roster of a class's pupils and their parents, and the progress of the batch job that
 * enrols them. The file itself is kept, so a restarted job reads exactly what the first run read.
 */
@Entity
@Table(name = "pupil_import")
@NamedQuery(
        name = "PupilImport.recent",
        query =
                "select i from PupilImport i join fetch i.schoolClass"
                        + " order by i.uploadedAt desc, i.id desc")
@NamedQuery(
        // A bulk update, so recording the execution never clashes (optimistic lock) with the
        // job's writer updating the counters of the same row at the same moment.
        name = "PupilImport.recordExecution",
        query = "update PupilImport i set i.executionId = :executionId where i.id = :id")
public class PupilImport extends SchoolOwned {
    /** The longest file name the table holds. */
    public static final int FILE_NAME_LENGTH = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    private SchoolClass schoolClass;

    @Column(name = "file_name")
    private String fileName;

    // Lazy: status pages list imports often and never need the (up to 2 MB) file.
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "rows_read")
    private int rowsRead;

    /**
     * Items of the file written so far (rows and file-level issues), committed with the chunk that
     * wrote them: where a restart resumes, whatever the batch runtime's checkpoint says (R-P05).
     */
    @Column(name = "items_done")
    private int itemsDone;

    @Column(name = "rows_written")
    private int rowsWritten;

    @Column(name = "rows_skipped")
    private int rowsSkipped;

    protected PupilImport() {}

    public PupilImport(
            SchoolClass schoolClass,
            String fileName,
            byte[] content,
            String uploadedBy,
            Instant uploadedAt) {
        this.schoolClass = Objects.requireNonNull(schoolClass);
        this.fileName = shortened(Objects.requireNonNull(fileName));
        if (this.fileName.isEmpty()) {
            throw new IllegalArgumentException("file name is blank");
        }
        if (content.length == 0) {
            throw new IllegalArgumentException("content is empty");
        }
        this.content = content.clone();
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = uploadedAt.atOffset(ZoneOffset.UTC);
    }

    /**
     * Some browsers send the whole client path; only the last segment means anything to the user,
     * and a name longer than the column keeps its end (the extension).
     */
    private static String shortened(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String stripped = last.strip();
        return stripped.length() <= FILE_NAME_LENGTH
                ? stripped
                : stripped.substring(stripped.length() - FILE_NAME_LENGTH);
    }

    /** Adds one chunk's counts; runs in the chunk's transaction, so a failed chunk adds nothing. */
    public void recordChunk(int items, int read, int written, int skipped) {
        if (items < 0 || read < 0 || written < 0 || skipped < 0) {
            throw new IllegalArgumentException("negative count");
        }
        itemsDone += items;
        rowsRead += read;
        rowsWritten += written;
        rowsSkipped += skipped;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt.toInstant();
    }

    /** The latest job execution, or null while the job is being started. */
    public Long getExecutionId() {
        return executionId;
    }

    public int getItemsDone() {
        return itemsDone;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsWritten() {
        return rowsWritten;
    }

    public int getRowsSkipped() {
        return rowsSkipped;
    }
}
