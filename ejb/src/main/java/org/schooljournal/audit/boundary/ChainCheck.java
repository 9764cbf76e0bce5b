package org.schooljournal.audit.boundary;

/** The result of checking a school's audit chain: how many entries, and the first broken one. */
public record ChainCheck(long entries, boolean intact, Long firstBroken) {}
