package org.policymonitor.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Users allowed to call the APIs, from configuration (never from code):
 * <pre>
 * policy.auth.users.alice.password-hash=$2a$12$...   (bcrypt)
 * policy.auth.users.alice.roles=analyst,admin
 * </pre>
 * or, as environment variables, {@code POLICY_AUTH_USERS_ALICE_PASSWORD_HASH} and {@code POLICY_AUTH_USERS_ALICE_ROLES}.
 */
@ConfigMapping(prefix = "policy.auth")
public interface UsersConfig {

    Map<String, User> users();

    /** Credentials bcrypt accepted are remembered this long (see {@link VerifiedCredentials}). */
    Cache cache();

    /** Failed logins allowed per user name and per client address within a window (see {@link LoginThrottle}). */
    Throttle throttle();

    interface Cache {
        /** {@code policy.auth.cache.expiry}; short, so that a removed user or changed password stops working soon. */
        @WithDefault("PT2M")
        Duration expiry();

        /** {@code policy.auth.cache.max-entries}; 0 turns the cache off. */
        @WithDefault("1000")
        int maxEntries();
    }

    interface Throttle {
        @WithDefault("10")
        int maxFailuresPerUser();

        @WithDefault("30")
        int maxFailuresPerAddress();

        @WithDefault("PT5M")
        Duration window();
    }

    interface User {
        /** A bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}); plain-text passwords are not accepted. */
        String passwordHash();

        @WithDefault("analyst")
        List<String> roles();
    }
}
