package org.schooljournal.archive.boundary;

/** TEMPORARY contract stub of h-store; removed when h-store lands on main. */
public record DocumentDownload(ArchivedDocument document, byte[] pdf, String proof) {}
