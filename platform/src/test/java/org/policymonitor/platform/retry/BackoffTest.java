package org.policymonitor.platform.retry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private static final Duration INITIAL = Duration.ofSeconds(10);
    private static final Duration MAX = Duration.ofMinutes(30);
    /** the lowest and (almost) the highest draw of the jitter */
    private static final double LOWEST = 0.0;
    private static final double HIGHEST = 0.999999;

    @ParameterizedTest(name = "after {0} failures: {1} s to {2} s")
    @CsvSource({
            // failures, lowest delay (half the step), highest delay (the whole step, less a millisecond's rounding)
            "1,     5,    10",
            "2,     10,   20",
            "4,     40,   80",
            "8,     640,  1280",
            // capped: 10 s · 2^8 > 30 min
            "9,     900,  1800",
            "1000,  900,  1800",
            "2147483647, 900, 1800",
            // nothing failed yet counts as the first step
            "0,     5,    10",
    })
    void doublesPerFailureWithEqualJitterUpToTheCap(int failures, long lowestSeconds, long highestSeconds) {
        assertThat(new Backoff(INITIAL, MAX, () -> LOWEST).delayAfter(failures)).isEqualTo(Duration.ofSeconds(lowestSeconds));
        assertThat(new Backoff(INITIAL, MAX, () -> HIGHEST).delayAfter(failures))
                .isBetween(Duration.ofSeconds(highestSeconds).minusMillis(2), Duration.ofSeconds(highestSeconds));
    }

    @ParameterizedTest(name = "Retry-After {0} s (cap {1} s) after {2} failures: {3} s")
    @CsvSource({
            // retry-after, cap (empty: the default, max), failures, delay with the lowest jitter
            "120,     ,      1,  120",   // longer than the backoff: honoured
            "1,       ,      1,  5",     // shorter: the backoff wins
            "172800,  ,      1,  1800",  // two days: capped at max by default
            "172800,  86400, 1,  86400", // a larger cap lets a server ask for up to that
            "3600,    86400, 1,  3600",
            "60,      30,    1,  30",
            "60,      30,    8,  640",   // a cap below the backoff never shortens the backoff
            "0,       ,      1,  5",
    })
    void honoursALongerRetryAfterUpToItsCap(long retryAfterSeconds, Long capSeconds, int failures, long expectedSeconds) {
        Backoff backoff = capSeconds == null
                ? new Backoff(INITIAL, MAX, () -> LOWEST)
                : new Backoff(INITIAL, MAX, Duration.ofSeconds(capSeconds), () -> LOWEST);
        assertThat(backoff.delayAfter(failures, Duration.ofSeconds(retryAfterSeconds)))
                .isEqualTo(Duration.ofSeconds(expectedSeconds));
    }

    @Test
    void withoutRetryAfterItIsThePlainBackoff() {
        Backoff backoff = new Backoff(INITIAL, MAX, () -> LOWEST);
        assertThat(backoff.delayAfter(3, null)).isEqualTo(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aMillisecondStepNeverOverflowsAndNeverWaitsZero() {
        Backoff tiny = new Backoff(Duration.ofMillis(1), Duration.ofDays(365_000), () -> LOWEST);
        assertThat(tiny.delayAfter(1)).isEqualTo(Duration.ofMillis(1));
        assertThat(tiny.delayAfter(Integer.MAX_VALUE)).isPositive().isLessThanOrEqualTo(Duration.ofDays(365_000));
    }

    @ParameterizedTest(name = "initial {0}, max {1} refused")
    @CsvSource({"PT0S, PT1M", "PT1M, PT30S", "-PT1S, PT1M"})
    void refusesABackoffThatCannotGrow(Duration initial, Duration max) {
        assertThatThrownBy(() -> new Backoff(initial, max, () -> LOWEST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial <= max");
    }
}
