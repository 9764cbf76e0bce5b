package org.schooljournal.batch.archive;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.schooljournal.archive.boundary.PrintedBook;

/**
 * Writes the print job's report: a line per printed book (kind, pages, SHA-256; the PDF itself is
 * not kept — printing is byte-identical, so the report's download prints it again and the hash
 * proves it is the same) or a refusal naming the open journals; and the partition's count, in the
 * chunk's transaction.
 */
@Named("printReportWriter")
@Dependent
public class PrintReportWriter extends BookWriter {
    public PrintReportWriter() {
        super(Outcome.REFUSED);
    }

    @Inject @BatchProperty String draft;

    @Override
    protected boolean refuses(BookResult result) {
        return !result.closed() && !Boolean.parseBoolean(draft);
    }

    @Override
    protected Handled handle(BookResult result, PrintedBook copy) {
        return new Handled(
                Outcome.PRINTED,
                Boolean.parseBoolean(draft),
                Digest.sha256(copy.pdf()),
                null,
                result.closed() ? null : result.openText());
    }
}
