package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each consumer is waiting for right now (the database to store a batch, the broker to take a dead letter)
 * and since when, and how old the oldest record it holds is. Feeds the readiness check and the gauges
 * {@code policy_alert_consumer_waiting_seconds} and {@code policy_alert_consumer_oldest_unprocessed_seconds}.
 */
@ApplicationScoped
@Startup // its gauges exist from the start
public class ConsumerWaits {

    /** The channels this service consumes, so that their gauges exist (at 0) before anything happens. */
    public static final List<String> CHANNELS = List.of("classified", "source-status", "changes");

    /** One wait in progress. */
    public record Wait(String channel, String forWhat, Instant since, String lastError) {
    }

    private final Clock clock;
    private final Map<String, Wait> waits = new ConcurrentHashMap<>();
    /** Timestamp of the oldest record of the batch a channel is processing; absent when idle. */
    private final Map<String, Instant> oldestInHand = new ConcurrentHashMap<>();

    @Inject
    public ConsumerWaits(MeterRegistry registry) {
        this(registry, Clock.systemUTC());
    }

    ConsumerWaits(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        for (String channel : CHANNELS) {
            Gauge.builder("policy.alert.consumer.waiting.seconds", this, w -> w.waitingSeconds(channel))
                    .description("how long the consumer has been waiting for a dependency (database, broker); 0 when not waiting")
                    .tag("channel", channel).register(registry);
            Gauge.builder("policy.alert.consumer.oldest.unprocessed.seconds", this, w -> w.oldestUnprocessedSeconds(channel))
                    .description("age (since it was produced) of the oldest record the consumer holds and has not stored yet; 0 when idle")
                    .tag("channel", channel).register(registry);
        }
    }

    /** Records (or updates) that a channel cannot go on until {@code forWhat} is possible again. */
    public void waiting(String channel, String forWhat, String error) {
        waits.compute(channel, (c, w) -> new Wait(channel, forWhat, w == null ? clock.instant() : w.since(), error));
    }

    public void resumed(String channel) {
        waits.remove(channel);
    }

    /** A batch whose oldest record was produced at {@code oldest} is being processed. */
    public void processing(String channel, Instant oldest) {
        oldestInHand.put(channel, oldest);
    }

    public void processed(String channel) {
        oldestInHand.remove(channel);
    }

    public List<Wait> current() {
        return List.copyOf(waits.values());
    }

    public Optional<Wait> of(String channel) {
        return Optional.ofNullable(waits.get(channel));
    }

    double waitingSeconds(String channel) {
        Wait w = waits.get(channel);
        return w == null ? 0 : Duration.between(w.since(), clock.instant()).toMillis() / 1000.0;
    }

    double oldestUnprocessedSeconds(String channel) {
        Instant oldest = oldestInHand.get(channel);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
