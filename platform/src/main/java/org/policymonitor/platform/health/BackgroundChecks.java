package org.policymonitor.platform.health;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Starts a service's {@link BackgroundCheck}s with the shared settings ({@code policy.health.checks.*}: every 5 s,
 * silent after 2 s) and stops them all at shutdown, so that a health check only says what it asks.
 */
@ApplicationScoped
public class BackgroundChecks {

    @Inject
    HealthConfig config;

    private final List<BackgroundCheck<?>> started = new CopyOnWriteArrayList<>();

    /** Asks now, then every interval, on a daemon thread named {@code threadName}. */
    public <T> BackgroundCheck<T> start(String dependency, BackgroundCheck.Question<T> question, String threadName) {
        HealthConfig.Checks settings = config.checks();
        BackgroundCheck<T> check = new BackgroundCheck<>(dependency, question, settings.every(), settings.deadline(),
                Clock.systemUTC()).start(threadName);
        started.add(check);
        return check;
    }

    void stop(@Observes ShutdownEvent event) {
        started.forEach(BackgroundCheck::close);
        started.clear();
    }
}
