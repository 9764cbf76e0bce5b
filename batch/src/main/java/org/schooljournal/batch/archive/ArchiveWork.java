package org.schooljournal.batch.archive;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.archive.boundary.Archive;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.Checkpoint;
import org.schooljournal.archive.boundary.IntegrityReport;
import org.schooljournal.archive.boundary.OpenJournal;
import org.schooljournal.archive.boundary.PrintedBook;
import org.schooljournal.archive.boundary.YearEndPrints;
import org.schooljournal.platform.entity.Role;

/**
 * The archive's services as the jobs call them: as the archivist. A job restarted by the recovery,
 * started by the schedule's timer or run on a batch thread has no caller of its own, and the
 * services check roles. Only the batch artifacts of this package use it (it is not a way around the
 * role checks for anyone else: no screen or resource reaches it).
 */
@Stateless
@PermitAll
@RunAs(Role.ARCHIVIST)
public class ArchiveWork {
    @EJB YearEndPrints prints;

    @EJB Archive archive;

    public List<BookRef> books(long schoolId, long yearId) {
        return prints.books(schoolId, yearId);
    }

    public List<OpenJournal> openJournals(BookRef book) {
        return prints.openJournals(book.schoolId(), book.yearId(), book.classId());
    }

    public PrintedBook print(BookRef book, BookKind kind, boolean draft) {
        return prints.print(book.schoolId(), book.yearId(), book.classId(), kind, draft);
    }

    public ArchivedDocument deposit(PrintedBook printed) {
        BookRef book = printed.book();
        LocalDate closedOn = printed.closedOn();
        return archive.deposit(
                book.schoolId(),
                book.yearId(),
                book.classId(),
                book.className(),
                // the printer's kind and the archive's (with its retention) name the same two books
                org.schooljournal.archive.entity.BookKind.valueOf(printed.kind().name()),
                printed.pdf(),
                closedOn);
    }

    public Checkpoint checkpoint() {
        return archive.checkpoint();
    }

    public int documents(long schoolId) {
        return archive.documents(schoolId, null).size();
    }

    public IntegrityReport check() {
        return archive.check();
    }
}
