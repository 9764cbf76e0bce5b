package org.schooljournal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The one source of "now" and "today": a date is always the school's date, never the server's. A
 * server in UTC and a school in Yekaterinburg disagree about the date for five hours a night, and a
 * mark's deadline or the current period must follow the school. The zone is the school's own (a
 * column of the school) or else the municipality's ({@code -Djournal.timezone} or {@code
 * JOURNAL_TIMEZONE}, Europe/Moscow).
 */
@ApplicationScoped
public class SchoolClock {
    @Inject Clock clock;

    @Inject Instance<Caller> caller;

    @Inject Instance<SchoolDirectory> schools;

    /** The system property, else the environment variable, else Moscow. */
    String municipalZone =
            System.getProperty(
                    "journal.timezone",
                    System.getenv().getOrDefault("JOURNAL_TIMEZONE", "Europe/Moscow"));

    /** The caller's school's zone; the municipality's for callers without a school and jobs. */
    public ZoneId zone() {
        try {
            return caller.isResolvable() ? zoneOf(caller.get()) : municipalZone();
        } catch (ContextNotActiveException outsideARequest) {
            return municipalZone(); // a batch job or a timer: it names its school where it matters
        }
    }

    /**
     * The zone of a caller's school as read with its roles ({@link Identities}): the request reads
     * the school no second time.
     */
    ZoneId zoneOf(Caller who) {
        return who.schoolId() == null
                ? municipalZone()
                : who.schoolZone().orElseGet(this::municipalZone);
    }

    public ZoneId zoneOf(long schoolId) {
        return ownZone(schoolId).orElseGet(this::municipalZone);
    }

    Optional<ZoneId> ownZone(long schoolId) {
        return schools.isResolvable() ? schools.get().zone(schoolId) : Optional.empty();
    }

    /** Today at the caller's school. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public LocalDate todayAt(long schoolId) {
        return LocalDate.now(clock.withZone(zoneOf(schoolId)));
    }

    /** The instant source in the caller's school's zone, for rules that take a {@link Clock}. */
    public Clock clock() {
        return clock.withZone(zone());
    }

    ZoneId municipalZone() {
        try {
            return ZoneId.of(municipalZone.strip());
        } catch (DateTimeException badSetting) {
            return ZoneId.of("Europe/Moscow");
        }
    }
}
