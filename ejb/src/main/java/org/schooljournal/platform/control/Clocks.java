package org.schooljournal.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Time comes from an injected clock, so deadline and lockout rules can be tested. */
@ApplicationScoped
public class Clocks {
    @Produces
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
