package org.policymonitor.system.faults;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes items to {@code policy.items.raw} as ingest-service does, for the scenarios whose fault is downstream of
 * ingest (SMTP, receivers), so that their items keep flowing while ingest-service has its own fault. Like ingest it
 * keeps what it could not publish yet: items queue up on a thread of their own (while the broker is down a send
 * waits for its metadata, which must not hold up the suite's timeline) and go out in order once the broker is back;
 * {@link #awaitAllSent} says whether every record made it.
 */
final class RawPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "raw-publisher");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> sent = new CopyOnWriteArrayList<>();

    RawPublisher(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // a broker outage of the suite lasts well under these
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                new StringSerializer(), new StringSerializer());
    }

    /** Returns at once; the record is sent (acknowledged by the broker) when the broker can take it. */
    void publish(FaultItem item) {
        FeedItem event = item.asFeedItem();
        sent.add(sender.submit(() -> producer.send(new ProducerRecord<>(Topics.ITEMS_RAW, event.id(), EventJson.toJson(event)))
                .get(5, TimeUnit.MINUTES)));
    }

    void awaitAllSent(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Future<?> f : sent) {
            f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        producer.close(Duration.ofSeconds(5));
    }
}
