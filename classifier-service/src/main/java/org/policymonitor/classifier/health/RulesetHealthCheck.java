package org.policymonitor.classifier.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.policymonitor.classifier.engine.RulesetRegistry;

/**
 * Ready when a ruleset is loaded. A refused reload is shown (the old ruleset keeps serving, so the service
 * stays ready) so that ops see a broken rules file without the pipeline stopping.
 */
@Readiness
@ApplicationScoped
public class RulesetHealthCheck implements HealthCheck {

    private final RulesetRegistry rulesets;

    public RulesetHealthCheck(RulesetRegistry rulesets) {
        this.rulesets = rulesets;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("classifier rules");
        RulesetRegistry.Active active = rulesets.active();
        if (active == null) {
            return builder.down().withData("reason", "no ruleset loaded").build();
        }
        builder.up().withData("version", active.engine().version())
                .withData("rules", active.engine().ruleCount())
                .withData("source", active.source());
        RulesetRegistry.Refused refused = rulesets.lastRefused();
        if (refused != null) {
            builder.withData("refusedVersion", refused.version())
                    .withData("refusedErrors", refused.errors().size());
        }
        return builder.build();
    }
}
