package org.schooljournal.timetable.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.schooljournal.calendar.control.BellSchedule;

/**
 * Writes lessons as an iCalendar file (RFC 5545) that phones and mail programs subscribe to: one
 * event per lesson, in the school's time zone, with the bell schedule's times.
 */
public final class Calendar {
    /** A lesson as an event: when, what and where. */
    public record Event(
            long lessonId, LocalDate date, int number, String summary, String location) {}

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Calendar() {}

    /** Every lesson at the standard bells. */
    public static String of(String name, Clock clock, List<Event> events) {
        return of(name, clock, events, e -> BellSchedule.standard());
    }

    /**
     * Each lesson at the bells of its class (R-S10), which {@code bellsOf} gives per event, in the
     * zone of {@code clock} (the school's), stamped with its instant.
     */
    public static String of(
            String name,
            Clock clock,
            List<Event> events,
            java.util.function.Function<Event, BellSchedule> bellsOf) {
        ZoneId zone = clock.getZone();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//School Journal//Timetable//RU");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:" + zone.getId());
        String stamp = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).format(LOCAL) + "Z";
        for (Event e : events) {
            BellSchedule bells = bellsOf.apply(e);
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:lesson-" + e.lessonId() + "@school-journal");
            line(ics, "DTSTAMP:" + stamp);
            line(
                    ics,
                    "DTSTART;TZID="
                            + zone.getId()
                            + ":"
                            + e.date().atTime(bells.start(e.number())).format(LOCAL));
            line(
                    ics,
                    "DTEND;TZID="
                            + zone.getId()
                            + ":"
                            + e.date().atTime(bells.end(e.number())).format(LOCAL));
            line(ics, "SUMMARY:" + text(e.number() + ". " + e.summary()));
            if (e.location() != null) {
                line(ics, "LOCATION:" + text(e.location()));
            }
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 text escaping. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }

    /** Lines end in CRLF and are folded at 75 octets (RFC 5545, 3.1). */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        boolean first = true;
        while (start < bytes.length) {
            int limit = first ? 75 : 74;
            int end = Math.min(bytes.length, start + limit);
            while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 character
            }
            if (!first) {
                ics.append(' ');
            }
            ics.append(
                            new String(
                                    bytes,
                                    start,
                                    end - start,
                                    java.nio.charset.StandardCharsets.UTF_8))
                    .append("\r\n");
            start = end;
            first = false;
        }
        if (bytes.length == 0) {
            ics.append("\r\n");
        }
    }
}
