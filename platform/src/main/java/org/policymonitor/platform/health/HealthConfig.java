package org.policymonitor.platform.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code policy.health.*}: how the services' readiness checks ask their dependencies. */
@ConfigMapping(prefix = "policy.health")
public interface HealthConfig {

    Database database();

    /** The database check of a service that has one ({@link DatabaseReadiness}). */
    interface Database {

        /** How often the database is asked (between one answer and the next question). */
        @WithDefault("PT5S")
        Duration every();

        /**
         * How long a question may go unanswered before readiness reports the database silent; also the connection
         * validation's own timeout. Below the probes' timeout (3 s in the deployments) by design: the probe reads
         * the last outcome and never waits for the database.
         */
        @WithDefault("PT2S")
        Duration deadline();
    }
}
