package org.schooljournal.archive.boundary;

import java.time.LocalDate;
import org.schooljournal.archive.entity.BookKind;

/** TEMPORARY contract stub of h-print; removed when h-print lands on main. */
public record PrintedBook(BookKind kind, BookRef book, byte[] pdf, int pages, LocalDate closedOn) {}
