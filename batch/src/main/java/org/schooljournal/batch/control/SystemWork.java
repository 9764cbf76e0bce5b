package org.schooljournal.batch.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.Checkpoint;
import org.schooljournal.archive.boundary.IntegrityReport;
import org.schooljournal.archive.boundary.OpenJournal;
import org.schooljournal.archive.boundary.PrintedBook;
import org.schooljournal.archive.control.ArchiveLedger;
import org.schooljournal.archive.control.YearEndBooks;
import org.schooljournal.batch.archive.JobWork;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.SchoolOwned;

/**
 * The archive's work as the system, for the runs {@link ScheduledRuns} starts: a timer has no
 * caller, and the archive's boundaries admit only the archivist (a {@code @RunAs} identity is
 * refused on Payara 6, see {@code ArchiveWork}). So this goes to the archive's control classes
 * directly, with no role check. Why that is safe: it is reached only by the jobs' artifacts of a
 * run whose {@code startedBy} is {@value ScheduledRuns#SYSTEM} ({@code batch.archive.Works}), which
 * only {@link ScheduledRuns} sets, with fixed parameters (every school, every year, never a draft)
 * — nobody chooses what it works on; and as a {@code control} class it is out of the screens' and
 * REST resources' reach ({@code ArchitectureTest}). It reads every school and adds to the archive,
 * which is exactly the transfer's and the check's job; it changes no journal.
 */
@Stateless
@LocalBean
@PermitAll
public class SystemWork implements JobWork {
    @Inject EntityManager em;

    @Inject YearEndBooks books;

    @Inject ArchiveLedger ledger;

    @Override
    public List<BookRef> books(long schoolId, long yearId) {
        enter(schoolId);
        return books.books(schoolId, yearId);
    }

    @Override
    public List<OpenJournal> openJournals(BookRef book) {
        enter(book.schoolId());
        return books.openJournals(book.schoolId(), book.yearId(), book.classId());
    }

    @Override
    public PrintedBook print(BookRef book, BookKind kind, boolean draft) {
        enter(book.schoolId());
        return books.print(book.schoolId(), book.yearId(), book.classId(), kind, draft);
    }

    @Override
    public ArchivedDocument deposit(PrintedBook printed) {
        return JobWork.deposit(printed, ledger::deposit);
    }

    @Override
    public Checkpoint checkpoint() {
        return ledger.checkpoint();
    }

    @Override
    public int documents(long schoolId) {
        return ledger.documentCount(schoolId);
    }

    @Override
    public IntegrityReport check() {
        return ledger.check();
    }

    /** The school becomes the tenant of this transaction's persistence context. */
    private void enter(long schoolId) {
        // a Long: the tenant column is an INTEGER, and a String fails on PostgreSQL
        em.setProperty(SchoolOwned.TENANT_PROPERTY, Long.valueOf(schoolId));
        if (!books.schoolExists(schoolId)) {
            throw JournalException.notFound("school " + schoolId);
        }
    }
}
