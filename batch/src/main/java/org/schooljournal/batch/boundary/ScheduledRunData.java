package org.schooljournal.batch.boundary;

import java.time.Instant;

/**
 * A scheduled archive job as the jobs screen shows it: its setting ({@code 02:30}, {@code Sun
 * 03:30}, {@code off}) and its next run (null when off or not scheduled).
 */
public record ScheduledRunData(ArchiveJob job, String setting, Instant next) {}
