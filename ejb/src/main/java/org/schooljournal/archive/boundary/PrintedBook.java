package org.schooljournal.archive.boundary;

import java.time.LocalDate;

/**
 * A printed archival PDF (PDF/A-2b): the same data always gives the same bytes.
 *
 * @param closedOn the day the year's last journal period was locked; null for a draft of an open
 *     year
 */
public record PrintedBook(BookKind kind, BookRef book, byte[] pdf, int pages, LocalDate closedOn) {}
