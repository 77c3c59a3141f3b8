package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Reading article pages of {@code fullText} sources ({@code policy.fulltext.*}, env {@code POLICY_FULLTEXT_*}). The
 * User-Agent is the feeds' ({@code policy.fetch.user-agent}): one identity for every request of the service.
 */
@ConfigMapping(prefix = "policy.fulltext")
public interface FullTextConfig {

    /** Time to connect to an article's host. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** Time for an article's whole answer once the request is sent. */
    @WithDefault("PT20S")
    Duration readTimeout();

    /** Largest article page read (after decompression); larger pages are published without content. */
    @WithDefault("5242880")
    long maxBodyBytes();

    /**
     * Time one poll may spend on its new items' articles; the items left when it is spent go out without content
     * ({@code poll_budget}). With the fetch deadlines it must stay below {@code policy.poller.lease}.
     */
    @WithDefault("PT2M")
    Duration pollBudget();

    /** Our product token in robots.txt ({@code User-agent: PolicyMonitor}); {@code *} groups apply otherwise. */
    @WithDefault("PolicyMonitor")
    String robotsAgent();

    /** How long a host's robots.txt is kept. */
    @WithDefault("PT24H")
    Duration robotsCache();

    /** How long a robots.txt that could not be had (5xx, timeout) keeps its host disallowed before it is asked again. */
    @WithDefault("PT30M")
    Duration robotsRetry();

    /** Hosts whose robots.txt is kept at most. */
    @WithDefault("1000")
    int robotsMaxHosts();

    /**
     * Article links on hosts other than the source's own may reach private and loopback addresses (tests, an
     * installation reading an intranet). Off: a feed cannot send the reader inside.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
