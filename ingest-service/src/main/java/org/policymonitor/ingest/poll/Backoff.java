package org.policymonitor.ingest.poll;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a failing source again: exponential from {@code initial}, capped at {@code max}, with "equal jitter"
 * (between half and all of the step) so that sources failing together do not retry together. It never gives up:
 * past the cap it keeps probing every {@code max}.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /**
     * @param consecutiveFailures failures in a row, counting the one just seen (1 for the first)
     * @param retryAfter          what the server asked for, or null; honoured when longer than the backoff
     */
    public Duration delay(int consecutiveFailures, Duration retryAfter) {
        int exponent = Math.max(0, Math.min(consecutiveFailures - 1, 30));
        long stepMillis = Math.min(max.toMillis(), initial.toMillis() << Math.min(exponent, 20));
        if (exponent > 20) {
            stepMillis = max.toMillis();
        }
        long jittered = stepMillis / 2 + (long) (random.getAsDouble() * (stepMillis - stepMillis / 2));
        Duration delay = Duration.ofMillis(Math.max(1, jittered));
        return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
    }
}
