package org.policymonitor.alert.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.policymonitor.platform.messaging.ConsumerWaits;

import java.time.Duration;
import java.time.Instant;

/**
 * DOWN while a consumer waits for a dependency, saying which, since when and the last error, so that an operator
 * sees why nothing is being stored. Readiness only: the consumer resumes by itself when the dependency returns,
 * and a restart would not bring the database back.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    @Inject
    ConsumerWaits waits;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("alert-service consumers").up();
        for (ConsumerWaits.Wait w : waits.current()) {
            long seconds = Duration.between(w.since(), Instant.now()).toSeconds();
            response.down().withData(w.channel(), "waiting for " + w.forWhat() + " for " + seconds + " s (since "
                    + w.since() + "): " + w.lastError());
        }
        return response.build();
    }
}
