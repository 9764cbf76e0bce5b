package org.schooljournal.archive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.OpenJournal;
import org.schooljournal.archive.boundary.PrintedBook;
import org.schooljournal.calendar.entity.AcademicYear;
import org.schooljournal.platform.control.pdf.PdfFile;
import org.schooljournal.platform.entity.JournalException;

/**
 * The year-end prints' work inside one school (R-P01, R-P02): its classes of a year, what keeps a
 * class open, and a class's journal book or summary sheet. It checks nobody: the school must
 * already be the tenant, entered by {@code YearEndPrints} for a person (whose role and school it
 * checks) or by the scheduled system work of the archive's jobs ({@code batch.control}).
 */
@Dependent
public class YearEndBooks {
    @Inject ClassBooks books;

    @Inject ClassSheets sheets;

    /** Whether the school exists (a tenant of no school reads nothing, silently). */
    public boolean schoolExists(long schoolId) {
        return books.schoolExists(schoolId);
    }

    /** Every class that had lessons in that school's year, ordered by grade, letter. */
    public List<BookRef> books(long schoolId, long yearId) {
        AcademicYear year = books.year(yearId);
        return books.classes(year).stream()
                .map(c -> new BookRef(schoolId, yearId, c.schoolClass().getId(), c.title()))
                .toList();
    }

    /** Empty when the class's year is closed; otherwise who must close what. */
    public List<OpenJournal> openJournals(long schoolId, long yearId, long classId) {
        return open(read(schoolId, yearId, classId));
    }

    /** The class's book; a year not closed is refused unless a draft is asked for. */
    public PrintedBook print(
            long schoolId, long yearId, long classId, BookKind kind, boolean draft) {
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
        LocalDate closedOn = open.isEmpty() ? year.closedOn() : null;
        PdfFile pdf =
                kind == BookKind.CLASS_JOURNAL
                        ? ClassBookPrinter.print(withDate(books.book(year), closedOn), draft)
                        : SummarySheetPrinter.print(
                                sheets.of(year), books.head(schoolId), closedOn, draft);
        BookRef ref = new BookRef(schoolId, yearId, classId, year.classTitle());
        return new PrintedBook(kind, ref, pdf.bytes(), pdf.pages(), closedOn);
    }

    private ClassBooks.Year read(long schoolId, long yearId, long classId) {
        AcademicYear year = books.year(yearId);
        return books.read(schoolId, books.schoolClass(classId, year), year);
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

    private static ClassBook withDate(ClassBook b, LocalDate closedOn) {
        return new ClassBook(
                b.school(),
                b.classTitle(),
                b.year(),
                b.homeroomTeacher(),
                b.head(),
                closedOn,
                b.journals());
    }
}
