package org.policymonitor.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each consumer is waiting for right now (the database to store a batch) and since when, and how old the oldest
 * record it holds is. A service's readiness check reads {@link #current()}; the gauges
 * {@code <prefix>_consumer_waiting_seconds{channel}} and {@code <prefix>_consumer_oldest_unprocessed_seconds{channel}}
 * exist (at 0) from the start for the channels of {@code policy.messaging.lag.channels}, under the prefix of
 * {@code policy.messaging.lag.metric-prefix} — the keys that name the consumed channels for the lag gauges too.
 */
@ApplicationScoped
public class ConsumerWaits implements RetryingExecutor.Waits {

    /** One wait in progress. */
    public record Wait(String channel, String forWhat, Instant since, String lastError) {
    }

    private final Clock clock;
    private final Map<String, Wait> waits = new ConcurrentHashMap<>();
    /** Timestamp of the oldest record of the batch a channel is processing; absent when idle. */
    private final Map<String, Instant> oldestInHand = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;
    @Inject
    MessagingConfig config;

    public ConsumerWaits() {
        this(Clock.systemUTC());
    }

    public ConsumerWaits(Clock clock) {
        this.clock = clock;
    }

    void registerGauges(@Observes StartupEvent event) {
        MessagingConfig.Lag lag = config.lag();
        if (lag.metricPrefix().isPresent() && lag.channels().isPresent()) {
            registerGauges(registry, lag.metricPrefix().get(), lag.channels().get());
        }
    }

    /** @param prefix e.g. {@code policy.alert}: {@code policy_alert_consumer_waiting_seconds} */
    public void registerGauges(MeterRegistry registry, String prefix, List<String> channels) {
        for (String channel : channels) {
            Gauge.builder(prefix + ".consumer.waiting.seconds", this, w -> w.waitingSeconds(channel))
                    .description("how long the consumer has been waiting for a dependency (database, broker); 0 when not waiting")
                    .tag("channel", channel).register(registry);
            Gauge.builder(prefix + ".consumer.oldest.unprocessed.seconds", this, w -> w.oldestUnprocessedSeconds(channel))
                    .description("age (since it was produced) of the oldest record the consumer holds and has not stored yet; 0 when idle")
                    .tag("channel", channel).register(registry);
        }
    }

    @Override
    public void waiting(String channel, String forWhat, String error) {
        waits.compute(channel, (c, w) -> new Wait(channel, forWhat, w == null ? clock.instant() : w.since(), error));
    }

    @Override
    public void resumed(String channel) {
        waits.remove(channel);
    }

    /** A batch whose oldest record was produced at {@code oldest} is being processed. */
    public void processing(String channel, Instant oldest) {
        oldestInHand.put(channel, oldest);
    }

    /** This polled batch is being processed: its oldest record's age shows until {@link #processed}. */
    public void processing(String channel, KafkaRecordBatch<?, ?> batch) {
        Instant oldest = clock.instant();
        for (KafkaRecord<?, ?> record : batch.getRecords()) {
            Instant produced = record.getTimestamp();
            // a record without a timestamp (-1) counts as produced now
            if (produced != null && produced.toEpochMilli() > 0 && produced.isBefore(oldest)) {
                oldest = produced;
            }
        }
        processing(channel, oldest);
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

    public double waitingSeconds(String channel) {
        Wait w = waits.get(channel);
        return w == null ? 0 : Duration.between(w.since(), clock.instant()).toMillis() / 1000.0;
    }

    public double oldestUnprocessedSeconds(String channel) {
        Instant oldest = oldestInHand.get(channel);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
