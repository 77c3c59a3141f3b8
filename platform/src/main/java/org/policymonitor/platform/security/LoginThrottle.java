package org.policymonitor.platform.security;

import org.policymonitor.platform.cache.LruMaps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Limits failed logins per user name and per client address, so that nobody can guess passwords at speed nor make
 * the service burn CPU on bcrypt for them. Failures are counted in a fixed window; once a user or an address has
 * used up its failures, every login for it is refused until the window ends (the answer says when: Retry-After).
 * Success does not reset the count, or an attacker could interleave guesses with a known login.
 * The tables are bounded so that a flood of made-up names cannot fill the heap.
 */
public final class LoginThrottle {

    private static final int MAX_KEYS = 10_000;

    private final int maxPerUser;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> users = table();
    private final Map<String, Window> addresses = table();

    public LoginThrottle(int maxPerUser, int maxPerAddress, Duration window, Clock clock) {
        this.maxPerUser = maxPerUser;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** How long this user or address must wait before trying again; empty when it may try now. */
    public Optional<Duration> blocked(String user, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(users, user, maxPerUser, now), waitFor(addresses, address, maxPerAddress, now));
        return Optional.ofNullable(wait);
    }

    /** Counts a failed login for the user name and the address (either may be null). */
    public void failed(String user, String address) {
        Instant now = clock.instant();
        count(users, user, now);
        count(addresses, address, now);
    }

    private Duration waitFor(Map<String, Window> table, String key, int max, Instant now) {
        if (key == null || max <= 0) {
            return null;
        }
        synchronized (table) {
            Window w = table.get(key);
            if (w == null || !now.isBefore(w.end)) {
                return null;
            }
            return w.failures >= max ? Duration.between(now, w.end) : null;
        }
    }

    private void count(Map<String, Window> table, String key, Instant now) {
        if (key == null) {
            return;
        }
        synchronized (table) {
            Window w = table.get(key);
            if (w == null || !now.isBefore(w.end)) {
                w = new Window(now.plus(window));
                table.put(key, w);
            }
            w.failures++;
        }
    }

    private static Duration max(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static Map<String, Window> table() {
        return LruMaps.bounded(MAX_KEYS);
    }

    private static final class Window {
        final Instant end;
        int failures;

        Window(Instant end) {
            this.end = end;
        }
    }
}
