package org.schooljournal.archive.boundary;

import java.util.List;

/**
 * That the older checkpoint's tree is a prefix of the newer one's (RFC 9162 §2.1.4): the proof's
 * hashes (Base64, as in the notes) and whether they verify against both signed roots.
 */
public record ConsistencyProof(
        Checkpoint from, Checkpoint to, List<String> path, boolean verified) {}
