package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code policy_alert_dead_letters_total{channel}}: records of a channel nacked into its dead-letter topic. Each
 * consumer registers its own when it is created (at start), so the counters exist at 0 and "dead letters appearing"
 * can be alerted on.
 */
final class DeadLetterCounters {

    private DeadLetterCounters() {
    }

    static Counter of(MeterRegistry registry, String channel) {
        return Counter.builder("policy.alert.dead.letters").description("records sent to the dead-letter topic")
                .tag("channel", channel).register(registry);
    }
}
