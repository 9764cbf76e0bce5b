package org.schooljournal.archive.boundary;

/** TEMPORARY contract stub of h-print; removed when h-print lands on main. */
public record OpenJournal(String subject, String group, String teacher, String problem) {}
