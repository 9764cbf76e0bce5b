package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.List;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.PrintedBook;

/**
 * The one shape of the archive jobs' writers ({@link PrintReportWriter}, {@link TransferWriter}): a
 * class's book is either refused, with one line naming its open journals, or handled copy by copy,
 * a line each; then the partition's count, all in the chunk's transaction. A writer says only what
 * differs: when a book is refused, with which outcome, and what a copy becomes. (The batch
 * properties are injected by CDI by the field's name, in a superclass as well.)
 */
public abstract class BookWriter extends AbstractItemWriter {
    @Inject JobContext job;

    @Inject JobProgress progress;

    /** The partition's school. */
    @Inject @BatchProperty String schoolId;

    private final Outcome refusal;

    /**
     * @param refusal the outcome of a refused book's line
     */
    protected BookWriter(Outcome refusal) {
        this.refusal = refusal;
    }

    /** Whether the book is refused rather than handled (an open year, unless drafts are asked). */
    protected abstract boolean refuses(BookResult result);

    /** Handles one copy of a book that is not refused and says how its line reads. */
    protected abstract Handled handle(BookResult result, PrintedBook copy);

    /** What a handled copy's line holds besides the book and the copy's kind and pages. */
    protected record Handled(
            Outcome outcome, boolean draft, String sha256, Long documentId, String detail) {}

    @Override
    public void writeItems(List<Object> items) {
        long school = Long.parseLong(schoolId);
        int handled = 0;
        int refused = 0;
        for (Object item : items) {
            BookResult result = (BookResult) item;
            BookRef book = result.book();
            if (refuses(result)) {
                refused++;
                progress.record(
                        job.getInstanceId(),
                        school,
                        JobProgress.Line.unprinted(book, refusal, result.openText()));
                continue;
            }
            handled++;
            for (PrintedBook copy : result.printed()) {
                Handled h = handle(result, copy);
                progress.record(
                        job.getInstanceId(),
                        school,
                        new JobProgress.Line(
                                book.yearId(),
                                book.classId(),
                                book.className(),
                                copy.kind().name(),
                                h.outcome(),
                                h.draft(),
                                copy.pages(),
                                h.sha256(),
                                h.documentId(),
                                h.detail()));
            }
        }
        progress.advance(job.getInstanceId(), school, items.size(), handled, refused);
    }
}
