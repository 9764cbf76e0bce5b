package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
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
public class TransferWriter extends AbstractItemWriter {
    @Inject JobContext job;

    @Inject JobProgress progress;

    @Inject Works works;

    /** Whom the run works for ({@link Works}). */
    @Inject @BatchProperty String startedBy;

    @Inject @BatchProperty String schoolId;

    @Override
    public void writeItems(List<Object> items) {
        long school = Long.parseLong(schoolId);
        int transferred = 0;
        int notClosed = 0;
        for (Object item : items) {
            BookResult result = (BookResult) item;
            var book = result.book();
            if (!result.closed()) {
                notClosed++;
                progress.record(
                        job.getInstanceId(),
                        school,
                        JobProgress.Line.unprinted(book, Outcome.NOT_CLOSED, result.openText()));
                continue;
            }
            transferred++;
            for (PrintedBook copy : result.printed()) {
                ArchivedDocument document = works.of(startedBy).deposit(copy);
                progress.record(
                        job.getInstanceId(),
                        school,
                        new JobProgress.Line(
                                book.yearId(),
                                book.classId(),
                                book.className(),
                                copy.kind().name(),
                                Outcome.TRANSFERRED,
                                false,
                                copy.pages(),
                                document.sha256(),
                                document.id(),
                                null));
            }
        }
        progress.advance(job.getInstanceId(), school, items.size(), transferred, notClosed);
    }
}
