package org.schooljournal.batch.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A run of an archive job (its instance, with the latest execution's state): parameters, the
 * progress per school and in total, and whether it can be stopped, restarted or abandoned. {@code
 * startedBy} is the archivist's login, {@code "system"} for a scheduled run, null for a run from
 * before it was recorded.
 */
public record JobRunData(
        long executionId,
        long instanceId,
        ArchiveJob job,
        String status,
        String exitStatus,
        String year,
        boolean draft,
        String startedBy,
        Instant started,
        Instant ended,
        List<SchoolProgressData> schools,
        SchoolProgressData total) {

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status);
    }

    public boolean restartable() {
        return "FAILED".equals(status) || "STOPPED".equals(status);
    }

    public boolean abandonable() {
        return restartable(); // a completed run has nothing left to give up
    }
}
