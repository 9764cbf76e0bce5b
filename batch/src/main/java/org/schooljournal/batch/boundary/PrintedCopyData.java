package org.schooljournal.batch.boundary;

/**
 * A printed book downloaded from a print job's report, printed again (printing is byte-identical):
 * {@code sameAsReported} says whether its SHA-256 is the one the job reported, i.e. whether the
 * journal is unchanged since.
 */
public record PrintedCopyData(String fileName, byte[] pdf, String sha256, boolean sameAsReported) {}
