package org.policymonitor.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.platform.retry.Backoff;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The consumers' wait for the database: platform's {@link RetryingExecutor} with pauses from 200 ms up to
 * {@code policy.alert.ingest.max-retry-delay} (30 s), reporting to {@link ConsumerWaits} (readiness, gauges).
 */
@ApplicationScoped
public class ConsumerRetries {

    static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    @Produces
    @Singleton
    RetryingExecutor retrying(AlertConfig config, ConsumerWaits waits) {
        return new RetryingExecutor(new Backoff(FIRST_PAUSE, config.ingest().maxRetryDelay(),
                () -> ThreadLocalRandom.current().nextDouble()), waits);
    }
}
