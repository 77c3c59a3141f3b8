package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.policymonitor.ingest.fetch.FetchSettings;

import java.time.Duration;

/** Fetching feeds and listings ({@code policy.fetch.*}, env {@code POLICY_FETCH_*}); article pages have their own. */
@ConfigMapping(prefix = "policy.fetch")
public interface FetchConfig {

    /** Time to connect to a source's host. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** Deadline for the whole answer once the request is sent. */
    @WithDefault("PT30S")
    Duration readTimeout();

    /** Largest body read, after decompression ({@code too_large} beyond). */
    @WithDefault("10485760")
    long maxBodyBytes();

    /** Smaller bodies are {@code empty_body} failures (BelTA has answered 11 bytes). */
    @WithDefault("64")
    int minBodyBytes();

    @WithDefault("5")
    int maxRedirects();

    /** Sent with every request of the service: feeds, article pages, robots.txt. */
    @WithDefault(FetchSettings.DEFAULT_USER_AGENT)
    String userAgent();
}
