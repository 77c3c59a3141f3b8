package org.policymonitor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/**
 * Where the tests' Kafka and PostgreSQL come from: {@code embedded} (the default: in the test JVM, no Docker)
 * or {@code containers} (Testcontainers, where a Docker engine exists), chosen with {@code -Dpolicy.test.infra}.
 * An address given in the environment always wins over both.
 */
public enum InfraMode {
    EMBEDDED, CONTAINERS;

    public static final String PROPERTY = "policy.test.infra";

    public static InfraMode current() {
        String value = System.getProperty(PROPERTY, System.getenv().getOrDefault("POLICY_TEST_INFRA", "embedded"));
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "", "embedded", "${policy.test.infra}" -> EMBEDDED;
            case "containers", "testcontainers" -> CONTAINERS;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be 'embedded' or 'containers', not '" + value + "'");
        };
    }

    /** The image of a component in Testcontainers mode, from the single list shared with docker-compose.yml. */
    public static String image(String component) {
        Properties images = new Properties();
        try (InputStream in = InfraMode.class.getResourceAsStream("images.properties")) {
            images.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("images.properties is missing from the testing module", e);
        }
        String image = images.getProperty(component);
        if (image == null) {
            throw new IllegalArgumentException("no image configured for " + component);
        }
        return image;
    }

    static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.')) : value;
    }
}
