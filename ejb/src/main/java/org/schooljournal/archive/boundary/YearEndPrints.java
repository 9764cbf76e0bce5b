package org.schooljournal.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.schooljournal.archive.control.ClassBookPrinter;
import org.schooljournal.archive.control.ClassBooks;
import org.schooljournal.archive.control.ClassSheets;
import org.schooljournal.archive.control.SummarySheetPrinter;
import org.schooljournal.calendar.entity.AcademicYear;
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

    @Inject ClassBooks books;

    @Inject ClassSheets sheets;

    /** Every class that had lessons in that school's year, ordered by grade, letter. */
    public List<BookRef> books(long schoolId, long yearId) {
        enter(schoolId);
        AcademicYear year = books.year(yearId);
        return books.classes(year).stream()
                .map(c -> new BookRef(schoolId, yearId, c.schoolClass().getId(), c.title()))
                .toList();
    }

    /**
     * Empty when the class's year is closed (every period locked, every pupil with a period and a
     * year mark, «осв» and «н/а» counting as marks); otherwise who must close what.
     */
    public List<OpenJournal> openJournals(long schoolId, long yearId, long classId) {
        return open(read(schoolId, yearId, classId));
    }

    /**
     * The class's journal book or summary sheet. A year not closed is refused unless {@code draft}
     * asks for a watermarked draft (never to be archived).
     */
    public PrintedBook print(
            long schoolId, long yearId, long classId, @NotNull BookKind kind, boolean draft) {
        ClassBooks.Year year = read(schoolId, yearId, classId);
        List<OpenJournal> open = open(year);
        if (!open.isEmpty() && !draft) {
            OpenJournal first = open.get(0);
            throw new JournalException(
                    JournalException.Kind.CONFLICT,
                    "archive.notClosed",
                    first.subject(),
                    first.group() == null ? year.classTitle() : first.group(),
                    first.teacher(),
                    first.problem());
        }
        java.time.LocalDate closedOn = open.isEmpty() ? year.closedOn() : null;
        byte[] pdf =
                kind == BookKind.CLASS_JOURNAL
                        ? ClassBookPrinter.print(withDate(books.book(year), closedOn), draft)
                        : SummarySheetPrinter.print(
                                sheets.of(year), books.head(schoolId), closedOn, draft);
        BookRef ref = new BookRef(schoolId, yearId, classId, year.classTitle());
        return new PrintedBook(kind, ref, pdf, pages(pdf), closedOn);
    }

    private ClassBooks.Year read(long schoolId, long yearId, long classId) {
        enter(schoolId);
        AcademicYear year = books.year(yearId);
        return books.read(schoolId, books.schoolClass(classId, year), year);
    }

    private void enter(long schoolId) {
        scope.enter(schoolId);
        if (books.schoolExists(schoolId)) {
            return;
        }
        throw JournalException.notFound("school " + schoolId);
    }

    private static List<OpenJournal> open(ClassBooks.Year year) {
        return year.open().stream()
                .map(
                        o ->
                                new OpenJournal(
                                        o.journal().getSubject().getName(),
                                        o.journal().getGroup() == null
                                                ? null
                                                : o.journal().getGroup().getTitle(),
                                        o.journal().getTeacher().getFullName(),
                                        o.problem()))
                .toList();
    }

    private static org.schooljournal.archive.control.ClassBook withDate(
            org.schooljournal.archive.control.ClassBook b, java.time.LocalDate closedOn) {
        return new org.schooljournal.archive.control.ClassBook(
                b.school(),
                b.classTitle(),
                b.year(),
                b.homeroomTeacher(),
                b.head(),
                closedOn,
                b.journals());
    }

    private static int pages(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
