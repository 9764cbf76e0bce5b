package org.schooljournal.audit.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.schooljournal.audit.boundary.AuditLag;
import org.schooljournal.audit.boundary.AuditSequencerStatus;

/**
 * The audit sequencer's lag as a monitoring figure (issue 11): {@code /health/live} carries the
 * municipality's pending entries and the oldest one's age. Public metrics are off on purpose
 * (config/metrics-off.asadmin), so this is where monitoring reads it. It stays UP while lagging:
 * saves are durable meanwhile, and restarting the server would not help the sequencer.
 */
@Liveness
@ApplicationScoped
public class AuditSequencerHealth implements HealthCheck {
    @EJB AuditSequencerStatus status;

    @Override
    public HealthCheckResponse call() {
        AuditLag lag = status.lag();
        return HealthCheckResponse.named("audit-sequencer")
                .up()
                .withData("pending", lag.pending())
                .withData(
                        "oldestPendingSeconds",
                        lag.oldestSeconds() == null ? 0 : lag.oldestSeconds())
                .build();
    }
}
