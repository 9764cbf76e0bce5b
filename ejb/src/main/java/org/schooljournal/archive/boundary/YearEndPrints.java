package org.schooljournal.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.archive.control.YearEndBooks;
import org.schooljournal.platform.control.SchoolScope;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * Year-end printing (R-P01, R-P02, R-C10): the classes of a school's year, what keeps each one
 * open, and each class's journal book and summary sheet as archival PDFs. For the municipality's
 * archivist (any school) and a school's head or deputy head (its own school only, another one is
 * not found). Only reads: there is no way to change a journal here (R-T03). A year not closed is
 * refused for the archive, naming the first open journal; a draft of it prints watermarked
 * «ЧЕРНОВИК».
 */
@Stateless
@RolesAllowed({Role.ARCHIVIST, Role.HEAD, Role.DEPUTY_HEAD})
public class YearEndPrints {
    @Inject SchoolScope scope;

    @Inject YearEndBooks books;

    /** Every class that had lessons in that school's year, ordered by grade, letter. */
    public List<BookRef> books(long schoolId, long yearId) {
        enter(schoolId);
        return books.books(schoolId, yearId);
    }

    /**
     * Empty when the class's year is closed (every period locked, every pupil with a period and a
     * year mark, «осв» and «н/а» counting as marks); otherwise who must close what.
     */
    public List<OpenJournal> openJournals(long schoolId, long yearId, long classId) {
        enter(schoolId);
        return books.openJournals(schoolId, yearId, classId);
    }

    /**
     * The class's journal book or summary sheet. A year not closed is refused unless {@code draft}
     * asks for a watermarked draft (never to be archived).
     */
    public PrintedBook print(
            long schoolId, long yearId, long classId, @NotNull BookKind kind, boolean draft) {
        enter(schoolId);
        return books.print(schoolId, yearId, classId, kind, draft);
    }

    private void enter(long schoolId) {
        scope.enter(schoolId);
        if (books.schoolExists(schoolId)) {
            return;
        }
        throw JournalException.notFound("school " + schoolId);
    }
}
