package org.schooljournal.batch.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An import as its uploader follows it.
 *
 * @param state the {@code BatchStatus} name of the job's latest execution (STARTING while the job
 *     is being started, UNKNOWN if the batch runtime no longer knows the execution)
 * @param issues the skipped rows, by row number
 * @param executionId the latest execution, null while the job is being started
 */
public record ImportStatus(
        long importId,
        String fileName,
        String classTitle,
        String state,
        int rowsRead,
        int rowsWritten,
        int rowsSkipped,
        List<ImportIssue> issues,
        Instant uploadedAt,
        Long executionId) {
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");

    public ImportStatus {
        issues = List.copyOf(issues);
    }

    public boolean isRunning() {
        return RUNNING.contains(state);
    }
}
