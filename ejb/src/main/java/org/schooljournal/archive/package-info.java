/**
 * The year-end archive (issue 10): printing every class's journal book and summary sheet as
 * archival PDFs (R-P01, R-P02, R-C10), for the archivist of the municipality and a school's head.
 * It reads the journal and changes nothing. Sits above {@code diary} and below {@code batch}, whose
 * jobs call {@link org.schooljournal.archive.boundary.YearEndPrints}.
 *
 * <p>And keeping them (R-P03, R-P04): {@link org.schooljournal.archive.boundary.Archive} deposits
 * the books into append-only tables, keeps them as leaves of a Merkle log with signed checkpoints
 * and proofs ({@code control.MerkleLog}, {@code control.CheckpointNote}, {@code
 * control.ArchiveProof}), verifiable without the server ({@code control.ArchiveVerifier}), and
 * checks that nothing in it changed ({@code control.IntegrityCheck}).
 */
package org.schooljournal.archive;
