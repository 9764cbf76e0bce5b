package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.schooljournal.archive.boundary.PrintedBook;

/**
 * Writes the print job's report: a line per printed book (kind, pages, SHA-256; the PDF itself is
 * not kept — printing is byte-identical, so the report's download prints it again and the hash
 * proves it is the same) or a refusal naming the open journals; and the partition's count, in the
 * chunk's transaction.
 */
@Named("printReportWriter")
@Dependent
public class PrintReportWriter extends AbstractItemWriter {
    @Inject JobContext job;

    @Inject JobProgress progress;

    @Inject @BatchProperty String schoolId;

    @Inject @BatchProperty String draft;

    @Override
    public void writeItems(List<Object> items) {
        long school = Long.parseLong(schoolId);
        boolean drafts = Boolean.parseBoolean(draft);
        int printed = 0;
        int refused = 0;
        for (Object item : items) {
            BookResult result = (BookResult) item;
            var book = result.book();
            if (!result.closed() && !drafts) {
                refused++;
                progress.record(
                        job.getInstanceId(),
                        school,
                        JobProgress.Line.unprinted(book, Outcome.REFUSED, result.openText()));
                continue;
            }
            printed++;
            for (PrintedBook copy : result.printed()) {
                progress.record(
                        job.getInstanceId(),
                        school,
                        new JobProgress.Line(
                                book.yearId(),
                                book.classId(),
                                book.className(),
                                copy.kind().name(),
                                Outcome.PRINTED,
                                drafts,
                                copy.pages(),
                                Digest.sha256(copy.pdf()),
                                null,
                                result.closed() ? null : result.openText()));
            }
        }
        progress.advance(job.getInstanceId(), school, items.size(), printed, refused);
    }
}
