package org.schooljournal.batch.archive;

import java.time.LocalDate;
import java.util.List;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.Checkpoint;
import org.schooljournal.archive.boundary.IntegrityReport;
import org.schooljournal.archive.boundary.OpenJournal;
import org.schooljournal.archive.boundary.PrintedBook;

/**
 * What the archive's jobs do with the archive, whoever a run works for: {@link ArchiveWork} (the
 * archivist who started the run, through the archive's boundaries and their checks) or {@code
 * batch.control.SystemWork} (a scheduled run, no person behind it). {@link Works} picks one.
 */
public interface JobWork {
    List<BookRef> books(long schoolId, long yearId);

    List<OpenJournal> openJournals(BookRef book);

    PrintedBook print(BookRef book, BookKind kind, boolean draft);

    ArchivedDocument deposit(PrintedBook printed);

    Checkpoint checkpoint();

    int documents(long schoolId);

    IntegrityReport check();

    /** The archive's deposit as both the boundary and its ledger take it, field by field. */
    @FunctionalInterface
    interface Depositor {
        ArchivedDocument deposit(
                long schoolId,
                long yearId,
                long classId,
                String className,
                BookKind kind,
                byte[] pdf,
                LocalDate closedOn);
    }

    /** Deposits a printed book through either: the one place that takes the book apart. */
    static ArchivedDocument deposit(PrintedBook printed, Depositor into) {
        BookRef book = printed.book();
        return into.deposit(
                book.schoolId(),
                book.yearId(),
                book.classId(),
                book.className(),
                printed.kind(),
                printed.pdf(),
                printed.closedOn());
    }
}
