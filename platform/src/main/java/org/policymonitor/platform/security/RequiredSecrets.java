package org.policymonitor.platform.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * Outside dev and test a service with a database does not start without its password: there is no default (a
 * password everybody knows), and a database that accepts any password (trust authentication) must not hide that
 * the deployment forgot {@code QUARKUS_DATASOURCE_PASSWORD}.
 */
@ApplicationScoped
public class RequiredSecrets {

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        if (value(config, "quarkus.datasource.db-kind").isPresent()
                && value(config, "quarkus.datasource.password").isEmpty()) {
            throw new IllegalStateException("QUARKUS_DATASOURCE_PASSWORD (quarkus.datasource.password) is not set: "
                    + "this service has no default database password and does not start without one");
        }
    }

    private static Optional<String> value(Config config, String key) {
        try {
            return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
        } catch (RuntimeException unexpandable) { // ${QUARKUS_DATASOURCE_PASSWORD} with nothing to expand
            return Optional.empty();
        }
    }
}
