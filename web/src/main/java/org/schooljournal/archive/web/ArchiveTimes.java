package org.schooljournal.archive.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.schooljournal.platform.control.SchoolClock;

/** Times and durations on the archive's screens, in the municipality's zone. */
@Named("archiveTimes")
@ApplicationScoped
public class ArchiveTimes {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject SchoolClock clock;

    public String at(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(clock.zone()));
    }

    /** A long text cut for a table cell (the whole text goes into the cell's title). */
    public String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length) + "…";
    }

    /** «1:05:07», «4:09»: hours only when there are some. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long h = seconds / 3600;
        long m = seconds % 3600 / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
