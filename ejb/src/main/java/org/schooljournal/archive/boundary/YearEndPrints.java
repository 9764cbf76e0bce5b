package org.schooljournal.archive.boundary;

import jakarta.ejb.Stateless;
import java.util.List;
import org.schooljournal.archive.entity.BookKind;

/** TEMPORARY contract stub of h-print; removed when h-print lands on main. */
@Stateless
public class YearEndPrints {
    public List<BookRef> books(long schoolId, long yearId) {
        throw new UnsupportedOperationException("h-print");
    }

    public List<OpenJournal> openJournals(long schoolId, long yearId, long classId) {
        throw new UnsupportedOperationException("h-print");
    }

    public PrintedBook print(
            long schoolId, long yearId, long classId, BookKind kind, boolean draft) {
        throw new UnsupportedOperationException("h-print");
    }
}
