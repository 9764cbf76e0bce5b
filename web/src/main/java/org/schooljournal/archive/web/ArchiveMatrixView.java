package org.schooljournal.archive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.schooljournal.batch.boundary.ArchiveMatrixData;
import org.schooljournal.batch.boundary.ArchiveOverview;

/** Schools × years (R-P06); the archivist sees every school, a head its own row. */
@Named("archiveMatrix")
@ViewScoped
public class ArchiveMatrixView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject ArchiveOverview overview;

    private transient ArchiveMatrixData matrix;

    public ArchiveMatrixData getMatrix() {
        if (matrix == null) {
            matrix = overview.matrix();
        }
        return matrix;
    }
}
