package org.policymonitor.platform.health;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code policy.health.*}: how the services' readiness checks ask their dependencies. */
@ConfigMapping(prefix = "policy.health")
public interface HealthConfig {

    Checks checks();

    /**
     * Every {@link BackgroundCheck} of a service: the database ({@link DatabaseReadiness}), the Kafka broker
     * ({@link KafkaReadiness}) and what a service reads from them (ingest's source states and archive).
     */
    interface Checks {

        /** How often a dependency is asked (between one answer and the next question). */
        @WithDefault("PT5S")
        Duration every();

        /**
         * How long a question may go unanswered before readiness reports the dependency silent; also the connection
         * validation's and the broker request's own timeout. Below the probes' timeout (3 s in the deployments) by
         * design: the probe reads the last outcome and never waits for a dependency.
         */
        @WithDefault("PT2S")
        Duration deadline();
    }
}
