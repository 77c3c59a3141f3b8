package org.policymonitor.platform.health;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Readiness detail {@code Database} of a service with a PostgreSQL datasource, in place of Quarkus' own check
 * ({@code quarkus.datasource.health.enabled=false}), which validates a connection on the probe's thread and so
 * hangs with the database when it freezes. Here a {@link BackgroundCheck} asks the database every few seconds; the
 * probe reads the last answer and is DOWN with the cause: the connection's error, or how long the database has been
 * silent.
 */
@Readiness
@ApplicationScoped
@Startup
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DataSource dataSource;

    @Inject
    HealthConfig config;

    @Inject
    BackgroundChecks checks;

    private BackgroundCheck<Boolean> check;

    /** Eager ({@code @Startup}): the check asks from startup on, so a probe always finds it. */
    @PostConstruct
    void start() {
        int seconds = (int) Math.max(1, config.checks().deadline().toSeconds());
        check = checks.start("the database", () -> valid(seconds), "database-check");
    }

    private boolean valid(int seconds) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!c.isValid(seconds)) {
                throw new SQLException("a connection did not validate within " + seconds + " s");
            }
            return true;
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Database");
        BackgroundCheck.Outcome<Boolean> outcome = check.outcome();
        return outcome.ok() ? response.up().build() : response.down().withData("problem", outcome.problem()).build();
    }
}
