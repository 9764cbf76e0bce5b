package org.schooljournal.school.boundary;

/** A school's size as the municipality sees it: counts only, no personal data (R-T02). */
public record SchoolCount(long schoolId, String name, long classes, long pupils, long staff) {}
