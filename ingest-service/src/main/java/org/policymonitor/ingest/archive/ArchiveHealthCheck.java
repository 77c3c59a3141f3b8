package org.policymonitor.ingest.archive;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.policymonitor.platform.health.BackgroundCheck;
import org.policymonitor.platform.health.BackgroundChecks;

import java.time.Clock;

/**
 * Readiness detail {@code Archive}: the re-check schedule and how many re-checks are due (a growing number means
 * the per-host budget or the batch is too small for the articles coming in). UP unless the archive cannot be read.
 * The count is asked in the background every few seconds ({@link BackgroundCheck}): a probe that queried the
 * database itself would hang with it when it freezes.
 */
@Readiness
@ApplicationScoped
@Startup
public class ArchiveHealthCheck implements HealthCheck {

    @Inject
    ArchiveStore store;

    @Inject
    RecheckSchedule schedule;

    @Inject
    Clock clock;

    @Inject
    BackgroundChecks checks;

    private BackgroundCheck<Long> due;

    /** Eager ({@code @Startup}): the check asks from startup on, so a probe always finds it. */
    @PostConstruct
    void start() {
        due = checks.start("the archive", () -> store.due(clock.instant()), "archive-check");
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("Archive")
                .withData("recheck", schedule.steps().toString());
        BackgroundCheck.Outcome<Long> outcome = due.outcome();
        if (!outcome.ok()) {
            return b.down().withData("error", "archive unavailable: " + outcome.problem()).build();
        }
        return b.withData("due", outcome.value()).up().build();
    }
}
