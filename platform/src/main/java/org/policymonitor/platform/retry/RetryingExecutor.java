package org.policymonitor.platform.retry;

import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a consumer's step until it succeeds or fails because of the data: while a dependency is unreachable the
 * consumer waits (pauses from a {@link Backoff}, for as long as it takes) instead of skipping records, so nothing is
 * committed that is not stored. Each wait is reported to a {@link Waits} (readiness and gauges: platform's
 * {@code ConsumerWaits}) and said in the log in a few lines however long it lasts ({@link OutageLog}). Plain Java: a
 * service builds one from its own settings.
 */
public class RetryingExecutor {

    private static final Logger LOG = Logger.getLogger(RetryingExecutor.class);
    /** The least time between two log lines of one wait (as the delivery worker's database outage). */
    static final Duration OUTAGE_REMINDER = Duration.ofMinutes(5);

    /** The service is stopping: the record is neither stored nor poison; it is consumed again after the restart. */
    public static class Stopping extends RuntimeException {
        public Stopping(InterruptedException cause) {
            super("interrupted while waiting for a dependency", cause);
        }
    }

    /** Who is told that a channel waits for a dependency, and that it goes on. */
    public interface Waits {
        /** {@code channel} cannot go on until {@code forWhat} is possible again; the last error was {@code error}. */
        void waiting(String channel, String forWhat, String error);

        void resumed(String channel);
    }

    /** Sleeps; a test's sleeps return at once. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    private final Backoff backoff;
    private final Waits waits;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryingExecutor(Backoff backoff, Waits waits) {
        this(backoff, waits, pause -> Thread.sleep(pause.toMillis()));
    }

    public RetryingExecutor(Backoff backoff, Waits waits, Sleeper sleeper) {
        this(backoff, waits, sleeper, Clock.systemUTC());
    }

    public RetryingExecutor(Backoff backoff, Waits waits, Sleeper sleeper, Clock clock) {
        this.backoff = backoff;
        this.waits = waits;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * Stores through the database, waiting while it is unreachable ({@link Failures#isTransient}).
     *
     * @throws RuntimeException the first non-transient failure (the caller dead-letters the record)
     * @throws Stopping         the thread was interrupted (shutdown): the caller must not dead-letter
     */
    public <T> T storing(String channel, String what, Supplier<T> step) {
        return run(channel, "the database", what, step, Failures::isTransient);
    }

    /** Runs {@code step} until it succeeds or fails with something {@code transientFailure} does not accept. */
    public <T> T run(String channel, String dependency, String what, Supplier<T> step,
                     Predicate<? super RuntimeException> transientFailure) {
        int failures = 0;
        // one wait in a few lines (when it begins, a reminder every few minutes, when it ends), not a WARN per retry:
        // an hour of outage was ~130 lines per channel, burying everything else
        OutageLog outage = new OutageLog(LOG, channel + ": " + dependency, "waiting to go on with " + what,
                OUTAGE_REMINDER, clock);
        try {
            while (true) {
                T result;
                try {
                    result = step.get();
                } catch (RuntimeException e) {
                    if (!transientFailure.test(e)) {
                        outage.succeeded(); // the dependency answered, with an error of the data's own
                        throw e;
                    }
                    failures++;
                    Duration pause = backoff.delayAfter(failures);
                    waits.waiting(channel, dependency + " (" + what + ")", Failures.describe(e));
                    outage.failed(e);
                    sleep(pause);
                    continue;
                }
                outage.succeeded();
                return result;
            }
        } finally {
            waits.resumed(channel);
        }
    }

    private void sleep(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Stopping(interrupted);
        }
    }
}
