package org.policymonitor.system.deploy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.policymonitor.platform.security.UsersConfig;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files configure API users only through environment variables
 * ({@code POLICY_AUTH_USERS_<NAME>_PASSWORD_HASH}, {@code POLICY_AUTH_USERS_<NAME>_ROLES}). This checks that
 * SmallRye Config, which Quarkus uses, maps those names onto the {@code policy.auth.users} map of
 * {@link UsersConfig}: with no properties at all, only the environment.
 */
class AuthUsersFromEnvironmentTest {

    private static UsersConfig usersFrom(Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withMapping(UsersConfig.class)
                .build();
        return config.getConfigMapping(UsersConfig.class);
    }

    @Test
    void usersComeFromEnvironmentVariables() {
        UsersConfig users = usersFrom(Map.of(
                "POLICY_AUTH_USERS_ADMIN_PASSWORD_HASH", "$2a$12$adminhash",
                "POLICY_AUTH_USERS_ADMIN_ROLES", "admin,analyst",
                "POLICY_AUTH_USERS_ALICE_PASSWORD_HASH", "$2a$12$alicehash"));

        assertThat(users.users()).containsOnlyKeys("admin", "alice");
        assertThat(users.users().get("admin").passwordHash()).isEqualTo("$2a$12$adminhash");
        assertThat(users.users().get("admin").roles()).containsExactly("admin", "analyst");
        assertThat(users.users().get("alice").passwordHash()).isEqualTo("$2a$12$alicehash");
        assertThat(users.users().get("alice").roles()).containsExactly("analyst");
    }

    @Test
    void aUserNameIsOneWordBecauseUnderscoresSeparateTheKeySegments() {
        // POLICY_AUTH_USERS_OPS_TEAM_PASSWORD_HASH cannot be told apart from a property of user "ops": SmallRye
        // ignores it. The deployment docs therefore require one-word names (letters and digits).
        UsersConfig users = usersFrom(Map.of(
                "POLICY_AUTH_USERS_OPS_TEAM_PASSWORD_HASH", "$2a$12$opshash",
                "POLICY_AUTH_USERS_OPSTEAM_PASSWORD_HASH", "$2a$12$opsteamhash"));

        assertThat(users.users()).containsOnlyKeys("opsteam");
    }
}
