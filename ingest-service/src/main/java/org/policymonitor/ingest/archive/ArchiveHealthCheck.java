package org.policymonitor.ingest.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Clock;

/**
 * Readiness detail {@code Archive}: the re-check schedule and how many re-checks are due now (a growing number means
 * the per-host budget or the batch is too small for the articles coming in). UP unless the archive cannot be read.
 */
@Readiness
@ApplicationScoped
public class ArchiveHealthCheck implements HealthCheck {

    @Inject
    ArchiveStore store;

    @Inject
    RecheckSchedule schedule;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("Archive")
                .withData("recheck", schedule.steps().toString());
        try {
            return b.withData("due", store.due(clock.instant())).up().build();
        } catch (RuntimeException e) {
            return b.down().withData("error", "archive unavailable: " + e.getMessage()).build();
        }
    }
}
