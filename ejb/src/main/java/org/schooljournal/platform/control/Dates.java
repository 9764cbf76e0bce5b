package org.schooljournal.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Russian documents write them (16.11.2026), for messages and printouts. */
public final class Dates {
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Dates() {}

    public static String shown(LocalDate date) {
        return date == null ? "" : date.format(RUSSIAN);
    }
}
