package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.schooljournal.archive.boundary.BookKind;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.OpenJournal;
import org.schooljournal.archive.boundary.PrintedBook;

/**
 * Prints a class's journal book and summary sheet (R-P01). A class with a journal not closed is not
 * printed for the archive: the result names the open journals instead. With {@code draft=true}
 * every class is printed as a draft («ЧЕРНОВИК»), closed or not; drafts are never archived (the
 * transfer job prints its own copies, never drafts).
 */
@Named("classBookPrinter")
@Dependent
public class ClassBookPrinter implements ItemProcessor {
    @Inject Works works;

    /** Whom the run works for ({@link Works}). */
    @Inject @BatchProperty String startedBy;

    @Inject @BatchProperty String draft;

    @Override
    public Object processItem(Object item) {
        BookRef book = (BookRef) item;
        boolean drafts = Boolean.parseBoolean(draft);
        List<OpenJournal> open = works.of(startedBy).openJournals(book);
        if (!open.isEmpty() && !drafts) {
            return new BookResult(book, List.of(), open);
        }
        List<PrintedBook> printed = new ArrayList<>();
        for (BookKind kind : BookKind.values()) {
            printed.add(works.of(startedBy).print(book, kind, drafts));
        }
        return new BookResult(book, printed, open);
    }
}
