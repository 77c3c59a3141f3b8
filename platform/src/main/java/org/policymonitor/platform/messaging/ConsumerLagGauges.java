package org.policymonitor.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.jboss.logging.Logger;
import org.policymonitor.platform.threads.DaemonThreads;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code <prefix>_consumer_lag_records{channel}}: how many records of each consumed channel wait in Kafka (the
 * sum of the consumer's per-partition {@code records-lag}), under the service's own metric prefix, so that
 * "pipeline stalled" alerts do not depend on Kafka client metric names and tags. Read every 15 s on the
 * consumer's polling thread (a Kafka consumer is not thread-safe); -1 until known.
 *
 * <p>Configured by {@code policy.messaging.lag.metric-prefix} (e.g. {@code policy.alert}) and
 * {@code policy.messaging.lag.channels}; off when no prefix is set.
 */
@ApplicationScoped
public class ConsumerLagGauges {

    private static final Logger LOG = Logger.getLogger(ConsumerLagGauges.class);

    @Inject
    KafkaClientService kafka;
    @Inject
    MeterRegistry registry;
    @Inject
    MessagingConfig config;

    private final Map<String, Double> lag = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        MessagingConfig.Lag settings = config.lag();
        if (settings.metricPrefix().isEmpty() || settings.channels().isEmpty()) {
            return;
        }
        String prefix = settings.metricPrefix().get();
        for (String channel : settings.channels().get()) {
            lag.put(channel, -1.0);
            Gauge.builder(prefix + ".consumer.lag.records", lag, l -> l.getOrDefault(channel, -1.0))
                    .description("records waiting in Kafka for this channel's consumer (sum over its partitions; -1 unknown)")
                    .tag("channel", channel).register(registry);
        }
        timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("consumer-lag"));
        timer.scheduleWithFixedDelay(this::refresh, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void refresh() {
        for (String channel : config.lag().channels().orElse(List.of())) {
            try {
                KafkaConsumer<Object, Object> consumer = kafka.getConsumer(channel);
                if (consumer == null) {
                    continue;
                }
                Function<Consumer<Object, Object>, Double> readLag = c -> totalLag(c.metrics());
                Double sum = consumer.runOnPollingThread(readLag).await().atMost(Duration.ofSeconds(5));
                lag.put(channel, sum);
            } catch (RuntimeException e) {
                LOG.debugf("lag of %s not refreshed: %s", channel, e.toString());
            }
        }
    }

    /** Sum of the per-partition {@code records-lag} metrics; -1 while the consumer has not fetched yet. */
    static double totalLag(Map<MetricName, ? extends Metric> metrics) {
        double sum = 0;
        boolean known = false;
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            MetricName name = e.getKey();
            if ("records-lag".equals(name.name()) && "consumer-fetch-manager-metrics".equals(name.group())
                    && name.tags().containsKey("partition")) {
                Object value = e.getValue().metricValue();
                if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
                    sum += n.doubleValue();
                    known = true;
                }
            }
        }
        return known ? sum : -1;
    }
}
