package org.schooljournal.archive.boundary;

/**
 * A checkpoint note (the exported file) with its RFC 3161 time-stamp token (DER), null when it was
 * not stamped (no service configured then, or the service failed).
 */
public record CheckpointStamp(long checkpointId, String note, byte[] token) {}
