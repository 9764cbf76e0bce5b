package org.schooljournal.batch.archive;

import java.util.List;
import org.schooljournal.archive.boundary.BookRef;
import org.schooljournal.archive.boundary.OpenJournal;
import org.schooljournal.archive.boundary.PrintedBook;

/**
 * One class book after the processor: its printed kinds (journal and summary sheet), or the
 * journals that keep it from the archive.
 */
public record BookResult(BookRef book, List<PrintedBook> printed, List<OpenJournal> open) {
    public boolean closed() {
        return open.isEmpty();
    }

    /** «Математика (группа 1) — Иванова А. П.: problem; …», naming who must close what. */
    public String openText() {
        StringBuilder text = new StringBuilder();
        for (OpenJournal journal : open) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(journal.subject());
            if (journal.group() != null && !journal.group().isBlank()) {
                text.append(" (").append(journal.group()).append(')');
            }
            if (journal.teacher() != null && !journal.teacher().isBlank()) {
                text.append(" — ").append(journal.teacher());
            }
            if (journal.problem() != null && !journal.problem().isBlank()) {
                text.append(": ").append(journal.problem());
            }
        }
        return text.toString();
    }
}
