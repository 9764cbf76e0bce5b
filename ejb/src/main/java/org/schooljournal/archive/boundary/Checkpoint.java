package org.schooljournal.archive.boundary;

import java.time.Instant;

/**
 * A signed checkpoint of the archive's log (R-P04): tree size, root hash (hex), when, the signing
 * key's id, and the signed note itself, the text file to keep outside the database.
 */
public record Checkpoint(
        long id, long treeSize, String rootHash, Instant signedAt, String keyId, String note) {}
