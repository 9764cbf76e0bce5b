package org.schooljournal.archive.boundary;

/** What the year end prints of a class: its journal book (R-P01) or its summary sheet (R-P02). */
public enum BookKind {
    CLASS_JOURNAL,
    SUMMARY_SHEET
}
