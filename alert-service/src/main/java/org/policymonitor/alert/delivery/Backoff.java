package org.policymonitor.alert.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of min(max, base·2^(n-1)), so
 * that many deliveries failing together (an SMTP outage) do not all retry in the same instant.
 */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** @param attempts how many attempts have failed so far (1 after the first failure) */
    public Duration delayAfter(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 30));
        long cap = Math.min(max.toMillis(), base.toMillis() * (1L << exponent));
        long half = cap / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (cap - half)));
    }

    /** The delay before the next attempt, honouring a receiver's Retry-After (capped at the maximum delay). */
    public Duration delayAfter(int attempts, Duration retryAfter) {
        Duration delay = delayAfter(attempts);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            return retryAfter.compareTo(max) > 0 ? max : retryAfter;
        }
        return delay;
    }
}
