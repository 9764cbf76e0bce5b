package org.schooljournal.archive.entity;

/** TEMPORARY contract stub of h-print; removed when h-print lands on main. */
public enum BookKind {
    CLASS_JOURNAL,
    SUMMARY_SHEET
}
