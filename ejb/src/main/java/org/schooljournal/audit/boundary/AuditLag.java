package org.schooljournal.audit.boundary;

/**
 * How far the audit sequencer is behind (issue 11): entries saved but not yet given their place in
 * the chain, and the age of the oldest in seconds (null when none is pending).
 */
public record AuditLag(long pending, Long oldestSeconds) {}
