package org.schooljournal.timetable.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalendarTest {
    @Test
    @DisplayName(
            "R-S11 ICS export: one event per lesson at the bell schedule's times, escaped and folded per RFC 5545")
    void ics() {
        String ics =
                Calendar.of(
                        "5 «А»",
                        Clock.fixed(
                                Instant.parse("2027-01-10T09:00:00Z"), ZoneId.of("Europe/Moscow")),
                        List.of(
                                new Calendar.Event(
                                        7,
                                        LocalDate.of(2027, 1, 12),
                                        3,
                                        "Математика (Иванова М. П.), контрольная; тема",
                                        "201"),
                                new Calendar.Event(
                                        8,
                                        LocalDate.of(2027, 1, 12),
                                        4,
                                        "Русский язык (Петрова А. А.) "
                                                + "очень длинное название, чтобы строка была длиннее семидесяти пяти байт",
                                        null)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n ", ""))
                .contains(
                        "UID:lesson-7@school-journal",
                        "DTSTART;TZID=Europe/Moscow:20270112T102000",
                        "DTEND;TZID=Europe/Moscow:20270112T110000",
                        "SUMMARY:3. Математика (Иванова М. П.)\\, контрольная\\; тема",
                        "LOCATION:201");
        assertThat(ics.split("\r\n"))
                .allSatisfy(
                        line ->
                                assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                                        .isLessThanOrEqualTo(75));
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
    }
}
