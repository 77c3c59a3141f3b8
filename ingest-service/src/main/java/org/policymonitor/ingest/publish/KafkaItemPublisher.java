package org.policymonitor.ingest.publish;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.poll.ItemPublisher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes to Kafka with an idempotent producer ({@code acks=all}) and waits for each acknowledgement, because the
 * caller remembers an item as published only once the broker has it. A plain producer rather than a reactive
 * channel: the poller needs to know, synchronously and per record, what the broker took.
 */
public final class KafkaItemPublisher implements ItemPublisher, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaItemPublisher.class);

    private final KafkaProducer<String, String> producer;
    private final Duration timeout;

    /**
     * @param timeout how long a send may wait for the broker before the item counts as not published
     * @param extra   further producer properties (e.g. security settings), applied last
     */
    public KafkaItemPublisher(String bootstrapServers, Duration timeout, Map<String, String> extra) {
        this.timeout = timeout;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest-service");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
        long ms = timeout.toMillis();
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(ms));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(1000, ms / 2)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(ms));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.putAll(extra);
        this.producer = new KafkaProducer<>(p);
    }

    @Override
    public List<FeedItem> publish(List<FeedItem> items) {
        List<Future<?>> sends = new ArrayList<>(items.size());
        try {
            for (FeedItem item : items) {
                Future<?> f = producer.send(new ProducerRecord<>(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item)));
                sends.add(f);
                if (f.isDone() && !await(f, System.nanoTime())) {
                    break; // failed at once (no metadata within max.block.ms): the broker is away, stop here
                }
            }
        } catch (RuntimeException e) {
            // metadata unavailable within max.block.ms (broker down): nothing beyond what was sent is published
            LOG.warnf("Kafka refused items: %s", e.getMessage());
        }
        List<FeedItem> acknowledged = new ArrayList<>(items.size());
        long deadline = System.nanoTime() + timeout.toNanos() + 1_000_000_000L;
        for (int i = 0; i < sends.size(); i++) {
            if (await(sends.get(i), deadline)) {
                acknowledged.add(items.get(i));
            }
        }
        return acknowledged;
    }

    @Override
    public boolean publishStatus(SourceStatus status) {
        try {
            Future<?> f = producer.send(new ProducerRecord<>(Topics.SOURCES_STATUS, status.sourceId(),
                    EventJson.toJson(status)));
            return await(f, System.nanoTime() + timeout.toNanos() + 1_000_000_000L);
        } catch (RuntimeException e) {
            LOG.warnf("Kafka refused the status of %s: %s", status.sourceId(), e.getMessage());
            return false;
        }
    }

    private static boolean await(Future<?> f, long deadlineNanos) {
        try {
            f.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Kafka did not acknowledge a record: %s", e.getCause() == null ? e : e.getCause().getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
