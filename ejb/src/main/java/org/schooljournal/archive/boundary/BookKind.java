package org.schooljournal.archive.boundary;

/** TEMPORARY contract stub of h-print; removed when h-print lands on main. */
public enum BookKind {
    CLASS_JOURNAL,
    SUMMARY_SHEET
}
