package org.schooljournal.batch.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * «Математика (группа 1) — Иванова А. П.: 2-я четверть: период не закрыт, нет годовой отметки у
     * 3 уч.; …»: one entry per journal, naming who must close what.
     */
    public String openText() {
        Map<String, List<String>> byJournal = new LinkedHashMap<>();
        for (OpenJournal journal : open) {
            StringBuilder who = new StringBuilder(journal.subject());
            if (journal.group() != null && !journal.group().isBlank()) {
                who.append(" (").append(journal.group()).append(')');
            }
            if (journal.teacher() != null && !journal.teacher().isBlank()) {
                who.append(" — ").append(journal.teacher());
            }
            List<String> problems =
                    byJournal.computeIfAbsent(who.toString(), k -> new ArrayList<>());
            if (journal.problem() != null && !journal.problem().isBlank()) {
                problems.add(journal.problem());
            }
        }
        List<String> entries = new ArrayList<>();
        byJournal.forEach(
                (who, problems) ->
                        entries.add(
                                problems.isEmpty()
                                        ? who
                                        : who + ": " + String.join(", ", problems)));
        return String.join("; ", entries);
    }
}
