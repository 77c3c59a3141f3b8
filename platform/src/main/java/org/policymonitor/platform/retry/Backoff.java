package org.policymonitor.platform.retry;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try again after failures in a row: exponential from {@code initial}, capped at {@code max}, with "equal
 * jitter" (between half and all of the step) so that many things failing together — sources of one site, mails
 * during an SMTP outage — do not all retry in the same instant. It never gives up: past the cap it keeps trying
 * every half-to-whole {@code max}; giving up is the caller's decision (a maximum age, say).
 *
 * <p><b>Retry-After</b> is honoured when it asks for longer than the backoff: the server knows its own load, and a
 * retry before the time it named is refused again and may get the client blocked. It is capped all the same,
 * at {@code retryAfterCap}, because it is input from outside: a misconfigured or hostile server (or webhook
 * receiver) could name days or years and so park a source's polls or an alert's delivery indefinitely. By default
 * the cap is {@code max} — what the caller accepts waiting on its own anyway; a caller for whom longer waits are
 * legitimate (polling a website that asks for hours) sets a larger one.
 */
public final class Backoff {

    /** Beyond 2^40 steps any {@code initial} of a millisecond or more has passed any {@code max} a Duration holds. */
    private static final int MAX_EXPONENT = 40;

    private final long initialMillis;
    private final long maxMillis;
    private final Duration retryAfterCap;
    private final DoubleSupplier random;

    /** A backoff whose Retry-After cap is {@code max}. */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this(initial, max, max, random);
    }

    /**
     * @param random uniform in [0, 1): {@code ThreadLocalRandom.current()::nextDouble} in production, a constant in
     *               tests
     */
    public Backoff(Duration initial, Duration max, Duration retryAfterCap, DoubleSupplier random) {
        if (initial.toMillis() < 1 || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 1 ms <= initial <= max, got initial " + initial + ", max " + max);
        }
        if (retryAfterCap.isNegative()) {
            throw new IllegalArgumentException("the Retry-After cap must not be negative: " + retryAfterCap);
        }
        this.initialMillis = initial.toMillis();
        this.maxMillis = max.toMillis();
        this.retryAfterCap = retryAfterCap;
        this.random = random;
    }

    /**
     * @param failures failures in a row, counting the one just seen (1 after the first)
     * @return between half and all of {@code min(max, initial·2^(failures-1))}, at least 1 ms
     */
    public Duration delayAfter(int failures) {
        int exponent = Math.max(0, Math.min(failures - 1, MAX_EXPONENT));
        // initial·2^exponent > max, asked without overflowing
        long step = initialMillis > (maxMillis >> exponent) ? maxMillis : Math.min(maxMillis, initialMillis << exponent);
        long half = step / 2;
        long jittered = half + (long) (random.getAsDouble() * (step - half));
        return Duration.ofMillis(Math.max(1, jittered));
    }

    /**
     * @param retryAfter what the server asked for (Retry-After), or null
     * @return the backoff, or the server's wish when longer — at most the Retry-After cap (and never less than the
     *         backoff)
     */
    public Duration delayAfter(int failures, Duration retryAfter) {
        Duration delay = delayAfter(failures);
        if (retryAfter == null || retryAfter.compareTo(delay) <= 0) {
            return delay;
        }
        Duration capped = retryAfter.compareTo(retryAfterCap) > 0 ? retryAfterCap : retryAfter;
        return capped.compareTo(delay) > 0 ? capped : delay;
    }
}
