package org.policymonitor.system.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No password or secret falls back to a default outside the dev and test profiles: a deployment that forgets one
 * must fail to start (Quarkus cannot expand {@code ${QUARKUS_DATASOURCE_PASSWORD}}) rather than run on a password
 * everybody knows.
 */
class NoDefaultSecretsTest {

    /** {@code key=${VAR:default}} where the key names a password, secret or key and the default is not empty. */
    private static final Pattern DEFAULTED_SECRET = Pattern.compile(
            "^(?!%dev\\.|%test\\.)[^#=]*(password|secret|jaas)[^=]*=.*\\$\\{[A-Z0-9_]+:[^}]+}.*$", Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service/src/main/resources/application.properties",
            "classifier-service/src/main/resources/application.properties",
            "alert-service/src/main/resources/application.properties",
            ServiceConfigKeys.SHARED_CONFIG})
    void noSecretHasADefault(String file) {
        List<String> lines = Repository.read(Repository.file(file))
                .lines().filter(l -> DEFAULTED_SECRET.matcher(l.trim()).matches()).toList();
        assertThat(lines).as("secrets with a default in %s", file).isEmpty();
    }
}
