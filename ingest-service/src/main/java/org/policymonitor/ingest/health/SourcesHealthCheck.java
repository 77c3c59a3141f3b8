package org.policymonitor.ingest.health;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.policymonitor.ingest.poll.SourceState;
import org.policymonitor.ingest.source.CatalogueHolder;
import org.policymonitor.ingest.source.SourceCatalogue;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.platform.health.BackgroundCheck;
import org.policymonitor.platform.health.BackgroundChecks;

import java.util.Map;

/**
 * Readiness detail: the health of every enabled source and the state of the catalogue. It stays UP when sources
 * fail — a broken website is not a reason to take this instance out of service; the detail and the
 * {@code policy.sources.status} events are how operators learn about it. It is DOWN only when the state cannot be
 * read (the database check says why). The states are read in the background every few seconds
 * ({@link BackgroundCheck}): a probe that queried the database itself would hang with it when it freezes.
 */
@Readiness
@ApplicationScoped
@Startup
public class SourcesHealthCheck implements HealthCheck {

    @Inject
    CatalogueHolder catalogue;

    @Inject
    StateStore store;

    @Inject
    BackgroundChecks checks;

    private BackgroundCheck<Map<String, SourceState>> states;

    /** Eager ({@code @Startup}): the check asks from startup on, so a probe always finds it. */
    @PostConstruct
    void start() {
        states = checks.start("the source state", store::all, "sources-check");
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("Sources");
        SourceCatalogue c = catalogue.current();
        b.withData("catalogue", c.origin()).withData("enabled", c.enabled().size());
        if (catalogue.lastProblem() != null) {
            b.withData("catalogueProblem", catalogue.lastProblem());
        }
        BackgroundCheck.Outcome<Map<String, SourceState>> outcome = states.outcome();
        if (!outcome.ok()) {
            return b.down().withData("error", "source state unavailable: " + outcome.problem()).build();
        }
        for (SourceDefinition d : c.enabled()) {
            SourceState s = outcome.value().get(d.id());
            String health = s == null ? "unknown" : s.health().status().wire();
            String reason = s == null || s.health().reason() == null ? "" : ": " + s.health().reason();
            b.withData("source." + d.id(), health + reason);
        }
        return b.up().build();
    }
}
