package org.schooljournal.batch.boundary;

/** What copying the plans of one year to another did. */
public record PlanCopyReport(int copied, int skipped) {}
