package org.schooljournal.archive.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.schooljournal.archive.control.ArchiveLedger;
import org.schooljournal.platform.entity.JournalException;
import org.schooljournal.platform.entity.Role;

/**
 * The checkpoints' RFC 3161 time-stamps (issue 10, item 4; R-P04) to keep outside the server: a
 * checkpoint note and its token, which {@code openssl ts -verify} or {@code ArchiveVerifier
 * --timestamp} check without it. A checkpoint covers the whole archive and names no pupil, so the
 * readers of the archive's proofs may have it.
 */
@Stateless
@RolesAllowed({Role.ARCHIVIST, Role.HEAD, Role.DEPUTY_HEAD})
public class ArchiveTimestamps {
    @Inject ArchiveLedger ledger;

    /** The checkpoint's note and token; NOT_FOUND for an unknown checkpoint. */
    public CheckpointStamp stamp(long checkpointId) {
        CheckpointStamp stamp = ledger.stamp(checkpointId);
        if (stamp == null) {
            throw JournalException.notFound("checkpoint " + checkpointId);
        }
        return stamp;
    }
}
