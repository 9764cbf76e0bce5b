package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.schooljournal.archive.boundary.ArchivedDocument;
import org.schooljournal.archive.boundary.PrintedBook;

/**
 * Deposits the closed classes' books in the archive (R-P03) and writes the report line and the
 * partition's count in the same transaction: either the documents and their lines are both there or
 * neither. A deposit of bytes already archived returns the existing document, so a restart that
 * repeats a chunk adds nothing twice.
 */
@Named("transferWriter")
@Dependent
public class TransferWriter extends BookWriter {
    public TransferWriter() {
        super(Outcome.NOT_CLOSED);
    }

    @Inject Works works;

    /** Whom the run works for ({@link Works}). */
    @Inject @BatchProperty String startedBy;

    @Override
    protected boolean refuses(BookResult result) {
        return !result.closed();
    }

    @Override
    protected Handled handle(BookResult result, PrintedBook copy) {
        ArchivedDocument document = works.of(startedBy).deposit(copy);
        return new Handled(Outcome.TRANSFERRED, false, document.sha256(), document.id(), null);
    }
}
