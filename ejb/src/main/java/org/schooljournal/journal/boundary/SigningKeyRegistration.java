package org.schooljournal.journal.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import org.schooljournal.journal.control.KeyHistory;

/**
 * R-J14, R-P04: at start-up the server records its current public key in {@code signing_key} if
 * missing, so whatever it signs from now on still verifies after the key is replaced. Before the
 * demo loader, whose journals the server's key signs.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class SigningKeyRegistration {
    @Inject KeyHistory keys;

    @Inject Clock clock;

    @PostConstruct
    void registerCurrentKey() {
        keys.registerCurrent(clock.instant());
    }
}
