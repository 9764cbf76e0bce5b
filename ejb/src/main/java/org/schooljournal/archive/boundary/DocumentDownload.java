package org.schooljournal.archive.boundary;

/**
 * A document's bytes with its proof file ({@code org.schooljournal.archive.control.ArchiveProof})
 * against the latest checkpoint; {@code proof} and {@code checkpoint} are null while no checkpoint
 * covers the document yet, and {@code pdf} is null once it was destroyed.
 */
public record DocumentDownload(
        ArchivedDocument document, byte[] pdf, String proof, Checkpoint checkpoint) {}
