package org.schooljournal.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.schooljournal.audit.control.AuditSequencing;

/**
 * The audit sequencer's lag over the whole municipality, for monitoring (the health endpoint): two
 * numbers and no personal data, so anyone may read them.
 */
@Stateless
@PermitAll
public class AuditSequencerStatus {
    @EJB AuditSequencing sequencing;

    @Inject Clock clock;

    public AuditLag lag() {
        AuditSequencing.Lag lag = sequencing.lag();
        return new AuditLag(
                lag.pending(),
                lag.oldest() == null
                        ? null
                        : Math.max(0, Duration.between(lag.oldest(), clock.instant()).toSeconds()));
    }
}
