package org.schooljournal.batch.boundary;

import java.time.LocalDate;
import org.schooljournal.archive.boundary.ArchivedDocument;

/** An archived document as the archive browser shows it: the document with its year's name. */
public record ArchiveDocumentData(ArchivedDocument document, String year) {
    public LocalDate destroyAfter() {
        return document.destroyAfter();
    }
}
