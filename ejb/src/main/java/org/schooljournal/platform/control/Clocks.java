package org.schooljournal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The instant source, injected so deadline and lockout rules can be tested. Its zone is UTC on
 * purpose: dates come from {@link SchoolClock}, which puts the instant in the school's zone.
 */
@ApplicationScoped
public class Clocks {
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
