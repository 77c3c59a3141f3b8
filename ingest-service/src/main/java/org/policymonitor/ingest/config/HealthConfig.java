package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Source health ({@code policy.health.*}, env {@code POLICY_HEALTH_*}). */
@ConfigMapping(prefix = "policy.health")
public interface HealthConfig {

    /** Failed polls in a row before a source is {@code failing}. */
    @WithDefault("1")
    int failingAfter();
}
