package org.schooljournal.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolClockTest {
    /** 21:30 UTC on 6 December: 00:30 on the 7th in Moscow, 02:30 on the 7th in Yekaterinburg. */
    static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-06T21:30:00Z");

    static final long MOSCOW_SCHOOL = 1, URAL_SCHOOL = 2;

    static SchoolClock clock(String municipalZone) {
        SchoolClock clock =
                new SchoolClock() {
                    @Override
                    Optional<ZoneId> ownZone(long schoolId) {
                        return Optional.ofNullable(
                                Map.of(URAL_SCHOOL, ZoneId.of("Asia/Yekaterinburg")).get(schoolId));
                    }
                };
        clock.clock = Clock.fixed(LATE_EVENING_UTC, ZoneId.of("UTC"));
        clock.municipalZone = municipalZone;
        return clock;
    }

    @Test
    @DisplayName(
            "today is the school's date, not the server's: a UTC server at 21:30 is a day behind")
    void todayIsTheSchools() {
        SchoolClock clock = clock("Europe/Moscow");
        assertEquals(LocalDate.of(2026, 12, 7), clock.todayAt(MOSCOW_SCHOOL));
        assertEquals(LocalDate.of(2026, 12, 7), clock.todayAt(URAL_SCHOOL));
        assertEquals(ZoneId.of("Asia/Yekaterinburg"), clock.zoneOf(URAL_SCHOOL));
    }

    @Test
    @DisplayName("a school without its own zone follows the municipality's setting")
    void municipalSetting() {
        SchoolClock clock = clock("Europe/London");
        assertEquals(LocalDate.of(2026, 12, 6), clock.todayAt(MOSCOW_SCHOOL));
        assertEquals(LocalDate.of(2026, 12, 7), clock.todayAt(URAL_SCHOOL));
    }

    @Test
    @DisplayName(
            "a signed-in caller's zone is its school's as read with its roles, without reading the school again")
    void callersZoneComesWithTheCaller() {
        SchoolClock clock =
                new SchoolClock() {
                    @Override
                    Optional<ZoneId> ownZone(long schoolId) {
                        throw new AssertionError("the school read again for " + schoolId);
                    }
                };
        clock.municipalZone = "Europe/Moscow";
        Caller ural = new Caller();
        ural.resolve("t", new Identities.Identity(7L, URAL_SCHOOL, Set.of(), "Asia/Yekaterinburg"));
        Caller moscow = new Caller();
        moscow.resolve("t", new Identities.Identity(8L, MOSCOW_SCHOOL, Set.of(), null));
        Caller municipal = new Caller();
        municipal.resolve("a", new Identities.Identity(9L, null, Set.of(), null));
        assertEquals(ZoneId.of("Asia/Yekaterinburg"), clock.zoneOf(ural));
        assertEquals(ZoneId.of("Europe/Moscow"), clock.zoneOf(moscow));
        assertEquals(ZoneId.of("Europe/Moscow"), clock.zoneOf(municipal));
    }

    @Test
    @DisplayName("a misspelt municipal zone falls back to Moscow instead of failing every request")
    void badSetting() {
        assertEquals(ZoneId.of("Europe/Moscow"), clock("Europe/Nowhere").zoneOf(MOSCOW_SCHOOL));
    }
}
