package org.policymonitor.platform.security;

import org.junit.jupiter.api.Test;
import org.policymonitor.testing.SettableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(5), clock);

    @Test
    void aUserIsBlockedAfterItsFailuresUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blocked("alice", "10.0.0.1")).isEmpty();
            throttle.failed("alice", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(throttle.blocked("alice", "10.0.0.2")).contains(Duration.ofMinutes(4));
        assertThat(throttle.blocked("bob", "10.0.0.2")).isEmpty();
        clock.advance(Duration.ofSeconds(240));
        assertThat(throttle.blocked("alice", "10.0.0.2")).isEmpty();
    }

    @Test
    void anAddressIsBlockedAfterItsFailuresWhateverTheUserNames() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.9");
        }
        assertThat(throttle.blocked("someone-else", "10.0.0.9")).isPresent();
        assertThat(throttle.blocked("someone-else", "10.0.0.8")).isEmpty();
    }
}
