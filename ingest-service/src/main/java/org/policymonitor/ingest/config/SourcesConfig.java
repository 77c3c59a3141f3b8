package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The source catalogue ({@code policy.sources.*}, env {@code POLICY_SOURCES_*}).
 */
@ConfigMapping(prefix = "policy.sources")
public interface SourcesConfig {

    /** The catalogue file; unset = the shipped {@code classpath:sources.yaml}. */
    Optional<String> file();

    /** How often the file is checked for changes (read by the reload's scheduler annotation). */
    @WithDefault("30s")
    String reloadInterval();
}
