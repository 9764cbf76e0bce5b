package org.schooljournal.archive.boundary;

import java.util.List;

/**
 * The signed checkpoints from the first that covers a set of documents to the latest, oldest first,
 * and the consistency proof between each consecutive pair ({@code proofs.get(i)} from checkpoint i
 * to i + 1): what a hand-over package carries so its documents' proofs stay checkable against any
 * checkpoint the department kept (R-P04).
 */
public record CheckpointChain(List<Checkpoint> checkpoints, List<ConsistencyProof> proofs) {
    public CheckpointChain {
        checkpoints = List.copyOf(checkpoints);
        proofs = List.copyOf(proofs);
    }
}
