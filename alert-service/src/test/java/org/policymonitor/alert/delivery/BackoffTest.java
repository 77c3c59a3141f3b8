package org.policymonitor.alert.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    private final Duration base = Duration.ofSeconds(10);
    private final Duration max = Duration.ofMinutes(30);

    @Test
    void doublesPerAttemptWithinHalfToFullOfTheCap() {
        Backoff lowest = new Backoff(base, max, () -> 0.0);
        Backoff highest = new Backoff(base, max, () -> 0.999999);
        assertThat(lowest.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(highest.delayAfter(1)).isBetween(Duration.ofMillis(9_990), Duration.ofSeconds(10));
        assertThat(lowest.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(lowest.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void neverExceedsTheMaximumEvenAfterManyAttempts() {
        Backoff highest = new Backoff(base, max, () -> 0.999999);
        assertThat(highest.delayAfter(1_000)).isLessThanOrEqualTo(max).isGreaterThan(max.dividedBy(2));
    }

    @Test
    void honoursALongerRetryAfterButCapsIt() {
        Backoff b = new Backoff(base, max, () -> 0.0);
        assertThat(b.delayAfter(1, Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(120));
        assertThat(b.delayAfter(1, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(5));
        assertThat(b.delayAfter(1, Duration.ofDays(2))).isEqualTo(max);
    }
}
