package org.policymonitor.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Publishing to Kafka ({@code policy.publish.*}, env {@code POLICY_PUBLISH_*}); the channel itself is configured under
 * {@code mp.messaging.outgoing.ingest-events.*}.
 */
@ConfigMapping(prefix = "policy.publish")
public interface PublishConfig {

    /** How long a publish waits for the broker before the items count as not published (the producer's deadlines). */
    @WithDefault("PT15S")
    Duration timeout();
}
