package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Polling ({@code policy.poller.*}, env {@code POLICY_POLLER_*}).
 */
@ConfigMapping(prefix = "policy.poller")
public interface PollerConfig {

    /** The scheduler; {@code false} = only {@code POST /api/sources/{id}/poll} polls (tests). */
    @WithDefault("true")
    boolean enabled();

    /** How often due sources are looked for (read by the scheduler's annotation). */
    @WithDefault("15s")
    String tick();

    /** The first tick after startup (read by the scheduler's annotation). */
    @WithDefault("5s")
    String initialDelay();

    /** Polls in parallel (bounds memory: at most this many documents in memory). */
    @WithDefault("4")
    int threads();

    /** A source's lease while it is polled: longer than the slowest poll (fetches, articles, publish). */
    @WithDefault("PT5M")
    Duration lease();

    /**
     * New items one poll publishes at most; a document with more is published over several polls, one tick apart
     * (nothing is dropped: the rest stay unseen until a poll publishes them).
     */
    @WithDefault("1000")
    int maxNewItems();

    /**
     * Pages of a listing or paged feed one poll reads at most while every item on them is new (the first included;
     * a source's {@code maxPages} overrides it). Past it, a gap is reported.
     */
    @WithDefault("5")
    int maxPages();

    /** Backoff after failed polls. */
    BackoffConfig backoff();

    /** {@code policy.poller.backoff.*} */
    interface BackoffConfig {

        @WithDefault("PT1M")
        Duration initial();

        @WithDefault("PT1H")
        Duration max();
    }
}
