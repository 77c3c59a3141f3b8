package org.policymonitor.platform.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code policy.messaging.*}: how the platform watches a service's Kafka channels. */
@ConfigMapping(prefix = "policy.messaging")
public interface MessagingConfig {

    /**
     * Exit the process when a channel has failed for good, so that the orchestrator restarts the service instead of
     * leaving a live process that consumes nothing (off by default: tests and dev keep running).
     */
    @WithDefault("false")
    boolean exitOnChannelFailure();

    /** How often the watchdog looks at the channels' health. */
    @WithDefault("PT10S")
    Duration watchdogInterval();

    Lag lag();

    /** The consumer gauges: off unless both the prefix and the channels are set. */
    interface Lag {

        /** The service's metric prefix, e.g. {@code policy.alert} for {@code policy_alert_consumer_lag_records}. */
        Optional<String> metricPrefix();

        /** The consumed channels to report on. */
        Optional<List<String>> channels();

        /** How often the consumer lag is read from the Kafka clients' metrics. */
        @WithDefault("PT15S")
        Duration interval();
    }
}
