package org.policymonitor.alert.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.policymonitor.alert.config.AlertConfig;
import org.policymonitor.platform.retry.Failures;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a consumer's step until it succeeds or fails because of the data: while a dependency is unreachable the
 * consumer waits (with growing pauses, for as long as it takes) instead of skipping records, so nothing is
 * committed that is not stored. The wait shows in readiness and metrics ({@link ConsumerWaits}).
 */
@ApplicationScoped
public class RetryingExecutor {

    private static final Logger LOG = Logger.getLogger(RetryingExecutor.class);

    /** The service is stopping: the record is neither stored nor poison; it is consumed again after the restart. */
    public static class Stopping extends RuntimeException {
        Stopping(InterruptedException cause) {
            super("interrupted while waiting for a dependency", cause);
        }
    }

    @Inject
    AlertConfig config;
    @Inject
    ConsumerWaits waits;

    /**
     * Stores through the database, waiting while it is unreachable.
     *
     * @throws RuntimeException the first non-transient failure (the caller dead-letters the record)
     * @throws Stopping         the thread was interrupted (shutdown): the caller must not dead-letter
     */
    public <T> T storing(String channel, String what, Supplier<T> step) {
        return run(channel, "the database", what, step, Failures::isTransient);
    }

    /** Runs {@code step} until it succeeds or fails with something {@code transientFailure} does not accept. */
    public <T> T run(String channel, String dependency, String what, Supplier<T> step,
                     Predicate<RuntimeException> transientFailure) {
        Duration pause = Duration.ofMillis(200);
        try {
            while (true) {
                try {
                    return step.get();
                } catch (RuntimeException e) {
                    if (!transientFailure.test(e)) {
                        throw e;
                    }
                    String error = Failures.describe(e);
                    waits.waiting(channel, dependency + " (" + what + ")", error);
                    LOG.warnf("%s: %s failed, waiting for %s; retrying in %d ms: %s", channel, what, dependency,
                            pause.toMillis(), error);
                    sleep(pause);
                    Duration doubled = pause.multipliedBy(2);
                    pause = doubled.compareTo(config.ingest().maxRetryDelay()) > 0 ? config.ingest().maxRetryDelay() : doubled;
                }
            }
        } finally {
            waits.resumed(channel);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Stopping(interrupted);
        }
    }
}
