package org.policymonitor.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    interface User {
        /** A bcrypt hash ({@code $2a$}, {@code $2b$} or {@code $2y$}); plain-text passwords are not accepted. */
        String passwordHash();

        @WithDefault("analyst")
        List<String> roles();
    }
}
