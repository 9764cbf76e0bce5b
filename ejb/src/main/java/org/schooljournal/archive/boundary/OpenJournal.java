package org.schooljournal.archive.boundary;

/**
 * A journal that keeps a class's year from the archive, and who must close what: its subject, its
 * group (null for the whole class), its teacher and the problem («1-я четверть: период не закрыт»).
 */
public record OpenJournal(String subject, String group, String teacher, String problem) {}
