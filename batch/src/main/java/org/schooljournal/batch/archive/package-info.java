/**
 * The archive's year-end jobs (issue 10): {@code year-end-print} prints every class book of a
 * school year, {@code archive-transfer} deposits the closed ones in the archive and signs one
 * checkpoint, {@code archive-check} verifies the archive. Each is a chunk step partitioned per
 * school (one partition = one school, {@link org.schooljournal.batch.archive.SchoolPartitions});
 * progress and report lines go to {@code archive_job_school} / {@code archive_job_line} in each
 * chunk's own transaction ({@link org.schooljournal.batch.archive.JobProgress}), which is also the
 * position a restart resumes from. The archive's services are called through {@link
 * org.schooljournal.batch.archive.Works}: as the archivist who started the run ({@link
 * org.schooljournal.batch.archive.ArchiveWork}, the boundaries and their checks), or as the system
 * for a run the schedule started ({@code batch.control.SystemWork}).
 */
package org.schooljournal.batch.archive;
