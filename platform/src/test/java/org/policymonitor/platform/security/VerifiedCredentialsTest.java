package org.policymonitor.platform.security;

import org.junit.jupiter.api.Test;
import org.policymonitor.testing.SettableClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void onlyTheExactCredentialsAgainstTheSameHashAreRemembered() {
        VerifiedCredentials cache = new VerifiedCredentials(Duration.ofMinutes(2), 10, clock);
        cache.add("alice", "$2a$12$hash-1", "secret".toCharArray());
        assertThat(cache.contains("alice", "$2a$12$hash-1", "secret".toCharArray())).isTrue();
        assertThat(cache.contains("alice", "$2a$12$hash-1", "secreT".toCharArray())).isFalse();
        assertThat(cache.contains("alicesecret", "$2a$12$hash-1", "".toCharArray())).isFalse();
        assertThat(cache.contains("alice", "$2a$12$hash-2", "secret".toCharArray()))
                .as("a changed password hash invalidates the entry").isFalse();
    }

    @Test
    void entriesExpireAndTheCacheIsBounded() {
        VerifiedCredentials cache = new VerifiedCredentials(Duration.ofMinutes(2), 3, clock);
        cache.add("alice", "h", "p".toCharArray());
        clock.advance(Duration.ofSeconds(121));
        assertThat(cache.contains("alice", "h", "p".toCharArray())).isFalse();
        for (int i = 0; i < 10; i++) {
            cache.add("user" + i, "h", "p".toCharArray());
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.contains("user9", "h", "p".toCharArray())).isTrue();
        assertThat(cache.contains("user0", "h", "p".toCharArray())).isFalse();
    }

    @Test
    void theDummyHashHasTheRequestedCostAndMatchesNothingGuessable() {
        String dummy = PasswordHashes.dummy(4);
        assertThat(PasswordHashes.cost(dummy)).isEqualTo(4);
        assertThat(PasswordHashes.matches("".toCharArray(), dummy)).isFalse();
        assertThat(PasswordHashes.cost("$2a$12$" + "a".repeat(53))).isEqualTo(12);
    }
}
