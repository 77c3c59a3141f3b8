package org.policymonitor.ingest.archive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.List;

/** {@code policy.archive.*}: the archive's re-check schedule and its politeness (README "Archive"). */
@ConfigMapping(prefix = "policy.archive")
public interface ArchiveConfig {

    /** Offsets after first sight at which an article is fetched again ({@code POLICY_ARCHIVE_RECHECK}). */
    @WithDefault("PT1H,PT6H,P1D,P3D,P7D,P30D")
    List<Duration> recheck();

    /** Each re-check is pushed later by up to this fraction of its offset, derived from the item id. */
    @WithDefault("0.1")
    double jitter();

    /** The re-check loop ({@code false}: tests drive cycles themselves). */
    @WithName("scheduler.enabled")
    @WithDefault("true")
    boolean schedulerEnabled();

    /** How often a re-check cycle runs (scheduler syntax: {@code 60s}, {@code 5m}); read by {@link RecheckScheduler}. */
    @WithDefault("60s")
    String tick();

    /** The first cycle after startup. */
    @WithName("initial-delay")
    @WithDefault("30s")
    String initialDelay();

    /** Articles claimed per cycle. */
    @WithDefault("500")
    int batch();

    /** Articles of one host (host:port) per cycle: with the one-minute tick, re-check requests per host per minute. */
    @WithName("per-host")
    @WithDefault("30")
    int perHost();

    /** Pages read at once (of different hosts). */
    @WithDefault("4")
    int threads();

    /**
     * How long claimed articles stay this instance's after the last renewal: a running cycle renews its claims every
     * third of it ({@code poll.LeaseKeeper}), so this is how long a killed instance's claimed re-checks wait.
     */
    @WithDefault("PT1M")
    Duration lease();
}
