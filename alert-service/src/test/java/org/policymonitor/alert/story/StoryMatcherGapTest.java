package org.policymonitor.alert.story;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The matcher's gap between two times is {@code Duration.between(a, b).abs()}, whichever comes first. */
class StoryMatcherGapTest {

    @Test
    void theGapIsTheAbsoluteDurationEitherWayRound() {
        Random random = new Random(9);
        Instant t0 = Instant.parse("2026-12-02T03:00:00.123456789Z");
        for (int i = 0; i < 10_000; i++) {
            Instant a = t0.plusSeconds(random.nextInt(30 * 86_400) - 15 * 86_400).plusNanos(random.nextInt(1_000_000_000));
            Instant b = i % 10 == 0 ? a : t0.plusNanos(random.nextLong(40L * 86_400 * 1_000_000_000L));
            assertThat(StoryMatcher.gap(a, b)).isEqualTo(Duration.between(a, b).abs());
            assertThat(StoryMatcher.gap(b, a)).isEqualTo(Duration.between(a, b).abs());
        }
    }
}
