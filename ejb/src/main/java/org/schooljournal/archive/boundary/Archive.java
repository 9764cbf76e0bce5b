package org.schooljournal.archive.boundary;

import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.archive.entity.BookKind;

/** TEMPORARY contract stub of h-store; removed when h-store lands on main. */
@Stateless
public class Archive {
    public ArchivedDocument deposit(
            long schoolId,
            long yearId,
            long classId,
            String className,
            BookKind kind,
            byte[] pdf,
            LocalDate closedOn) {
        throw new UnsupportedOperationException("h-store");
    }

    public Checkpoint checkpoint() {
        throw new UnsupportedOperationException("h-store");
    }

    public List<ArchivedDocument> documents(long schoolId, Long yearId) {
        throw new UnsupportedOperationException("h-store");
    }

    public DocumentDownload download(long documentId) {
        throw new UnsupportedOperationException("h-store");
    }

    public IntegrityReport check() {
        throw new UnsupportedOperationException("h-store");
    }
}
