package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Dedup ({@code policy.dedup.*}, env {@code POLICY_DEDUP_*}).
 */
@ConfigMapping(prefix = "policy.dedup")
public interface DedupConfig {

    /** How long the ids of published items are kept (sources only list recent items). */
    @WithDefault("P365D")
    Duration retention();

    /** How often older ids are deleted (read by the pruning's scheduler annotation). */
    @WithDefault("24h")
    String pruneEvery();
}
