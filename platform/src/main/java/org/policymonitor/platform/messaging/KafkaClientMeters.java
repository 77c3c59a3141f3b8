package org.policymonitor.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.jboss.logging.Logger;
import org.policymonitor.platform.threads.DaemonThreads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

/**
 * The Kafka clients' own metrics ({@code kafka_consumer_*}, {@code kafka_producer_*}, e.g.
 * {@code kafka_consumer_fetch_manager_records_lag_max}, which the alert rules and the dashboard read) for every consumer
 * and producer SmallRye Reactive Messaging creates — what Quarkus' Micrometer Kafka binder registers, with one thread
 * for all clients instead of one per client.
 *
 * <p>Why not the binder: it binds Micrometer's {@code KafkaClientMetrics} with its default scheduler, a thread of its
 * own per client ({@code micrometer-kafka-metrics}: six in alert-service, three consumers and their dead-letter
 * producers) that wakes once a minute to look for new metric names. Here they share {@value #THREAD}; the binder is
 * off ({@code quarkus.micrometer.binder.kafka.enabled=false}, platform's microprofile-config.properties). Like the
 * binder, a client's event fired a second time (SmallRye fires it again when it closes the client) unbinds it.
 */
@ApplicationScoped
public class KafkaClientMeters {

    static final String THREAD = "kafka-client-meters";
    private static final Logger LOG = Logger.getLogger(KafkaClientMeters.class);

    @Inject
    MeterRegistry registry;

    private final Map<Object, Bound> bound = new HashMap<>();
    private ScheduledExecutorService refresh;

    synchronized void consumer(@Observes Consumer<?, ?> consumer) {
        toggle(consumer, scheduler -> new KafkaClientMetrics(consumer, List.of(), scheduler));
    }

    synchronized void producer(@Observes Producer<?, ?> producer) {
        toggle(producer, scheduler -> new KafkaClientMetrics(producer, List.of(), scheduler));
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        new ArrayList<>(bound.keySet()).forEach(client -> bound.remove(client).close());
        if (refresh != null) {
            refresh.shutdownNow();
        }
    }

    private void toggle(Object client, Function<ScheduledExecutorService, KafkaClientMetrics> meters) {
        Bound previous = bound.remove(client);
        if (previous != null) {
            previous.close();
            return;
        }
        ScheduledTasks tasks = new ScheduledTasks(scheduler());
        KafkaClientMetrics metrics = meters.apply(tasks);
        try {
            metrics.bindTo(registry);
            bound.put(client, new Bound(metrics, tasks));
        } catch (RuntimeException e) {
            LOG.warnf(e, "Unable to register metrics for Kafka client %s", client);
            new Bound(metrics, tasks).close();
        }
    }

    private ScheduledExecutorService scheduler() {
        if (refresh == null) {
            refresh = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(THREAD));
        }
        return refresh;
    }

    /** One client's meters and its refresh task on the shared thread; closing removes the meters and the task. */
    private record Bound(KafkaClientMetrics metrics, ScheduledTasks tasks) {
        void close() {
            tasks.shutdownNow(); // the meters' refresh would otherwise run on, and bind the closed client's meters again
            try {
                metrics.close();
            } catch (RuntimeException e) {
                LOG.debugf(e, "Closing the metrics of a Kafka client");
            }
        }
    }
}
