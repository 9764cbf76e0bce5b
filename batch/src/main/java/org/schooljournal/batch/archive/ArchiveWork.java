package org.schooljournal.batch.archive;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
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

/**
 * The archive's services as the jobs' artifacts call them. A job runs on Payara's managed executor,
 * which carries the security context of whoever started or restarted it (the archivist), so the
 * services' own role and school checks apply unchanged. {@code @RunAs(ARCHIVIST)} here replaced
 * that identity with an unmapped run-as principal and every call was refused (deployment warning
 * computeRunAsPrincipal); a security-role-mapping for it switched Payara's default group-to-role
 * mapping off for every other role. So a job has the identity of the person who started it; a
 * scheduled run, which has none, works through {@code batch.control.SystemWork} ({@link Works}).
 */
@Stateless
@LocalBean
@PermitAll
public class ArchiveWork implements JobWork {
    @EJB YearEndPrints prints;

    @EJB Archive archive;

    @Override
    public List<BookRef> books(long schoolId, long yearId) {
        return prints.books(schoolId, yearId);
    }

    @Override
    public List<OpenJournal> openJournals(BookRef book) {
        return prints.openJournals(book.schoolId(), book.yearId(), book.classId());
    }

    @Override
    public PrintedBook print(BookRef book, BookKind kind, boolean draft) {
        return prints.print(book.schoolId(), book.yearId(), book.classId(), kind, draft);
    }

    @Override
    public ArchivedDocument deposit(PrintedBook printed) {
        return JobWork.deposit(printed, archive::deposit);
    }

    @Override
    public Checkpoint checkpoint() {
        return archive.checkpoint();
    }

    @Override
    public int documents(long schoolId) {
        return archive.documents(schoolId, null).size();
    }

    @Override
    public IntegrityReport check() {
        return archive.check();
    }
}
