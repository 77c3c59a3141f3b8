package org.policymonitor.alert.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.policymonitor.alert.config.AlertConfig;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a storing step until it succeeds or fails because of the data: while the database is unreachable the
 * consumer waits (with growing pauses) instead of skipping records, so nothing is committed that is not stored.
 */
@ApplicationScoped
public class RetryingExecutor {

    private static final Logger LOG = Logger.getLogger(RetryingExecutor.class);

    @Inject
    AlertConfig config;

    /** @throws RuntimeException the first non-transient failure (the caller dead-letters the record) */
    public <T> T run(String what, Supplier<T> step) {
        Duration pause = Duration.ofMillis(200);
        while (true) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s failed, retrying in %d ms: %s", what, pause.toMillis(), Failures.describe(e));
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the database", interrupted);
                }
                Duration doubled = pause.multipliedBy(2);
                pause = doubled.compareTo(config.ingest().maxRetryDelay()) > 0 ? config.ingest().maxRetryDelay() : doubled;
            }
        }
    }
}
