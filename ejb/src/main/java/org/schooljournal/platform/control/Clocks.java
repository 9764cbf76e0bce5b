package org.schooljournal.platform.control;

import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Time comes from an injected clock, so deadline and lockout rules can be tested. */
public class Clocks {
    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
