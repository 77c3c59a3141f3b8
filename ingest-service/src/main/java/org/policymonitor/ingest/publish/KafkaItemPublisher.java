package org.policymonitor.ingest.publish;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.archive.ChangePublisher;
import org.policymonitor.ingest.poll.ItemPublisher;
import org.policymonitor.ingest.poll.PublishResult;
import org.policymonitor.platform.messaging.DeadLetterHeaders;

import java.nio.charset.StandardCharsets;
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
 * <p>
 * A record the broker can never take — larger than the topic's {@code max.message.bytes} or the producer's
 * {@code max.request.size} — is not an outage: it goes to {@code <topic>.dlq} (without its summary and content, which
 * made it too large) with the reason in the same headers the other services' dead letters carry, and the newer
 * items are published. Anything else that is not acknowledged (broker down, timeout) stays unpublished for the
 * next poll. The archive's changes go through the same producer ({@link ChangePublisher}).
 */
public final class KafkaItemPublisher implements ItemPublisher, ChangePublisher, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaItemPublisher.class);

    private final KafkaProducer<String, String> producer;
    private final String itemsTopic;
    private final Duration timeout;

    /**
     * @param timeout how long a send may wait for the broker before the item counts as not published
     * @param extra   further producer properties (e.g. security settings), applied last
     */
    public KafkaItemPublisher(String bootstrapServers, Duration timeout, Map<String, String> extra) {
        this(bootstrapServers, Topics.ITEMS_RAW, timeout, extra);
    }

    /** @param itemsTopic the topic of the items ({@link Topics#ITEMS_RAW}; another one in tests) */
    public KafkaItemPublisher(String bootstrapServers, String itemsTopic, Duration timeout, Map<String, String> extra) {
        this.itemsTopic = itemsTopic;
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
    public PublishResult publish(List<FeedItem> items) {
        List<Future<?>> sends = new ArrayList<>(items.size());
        List<Integer> sizes = new ArrayList<>(items.size());
        try {
            for (FeedItem item : items) {
                String json = EventJson.toJson(item);
                Future<?> f = producer.send(new ProducerRecord<>(itemsTopic, item.id(), json));
                sends.add(f);
                sizes.add(json.getBytes(StandardCharsets.UTF_8).length);
                if (f.isDone() && outcome(f, System.nanoTime()).brokerAway()) {
                    break; // failed at once (no metadata within max.block.ms): the broker is away, stop here
                }
            }
        } catch (RuntimeException e) {
            // metadata unavailable within max.block.ms (broker down): nothing beyond what was sent is published
            LOG.warnf("Kafka refused items: %s", e.getMessage());
        }
        List<FeedItem> acknowledged = new ArrayList<>(items.size());
        List<FeedItem> refused = new ArrayList<>();
        List<Future<?>> letters = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        long deadline = deadline();
        for (int i = 0; i < sends.size(); i++) {
            Outcome outcome = outcome(sends.get(i), deadline);
            if (outcome.acknowledged()) {
                acknowledged.add(items.get(i));
            } else if (outcome.itemAtFault()) {
                String reason = (outcome.failure() instanceof RecordTooLargeException ? "record too large for "
                        : "record refused by ") + itemsTopic + " (" + sizes.get(i) + " bytes of JSON before "
                        + "compression): " + outcome.failure().getMessage();
                LOG.warnf("item %s of %s goes to %s: %s", items.get(i).id(), items.get(i).sourceId(),
                        Topics.deadLetter(itemsTopic), reason);
                refused.add(items.get(i));
                reasons.add(reason);
                letters.add(sendDeadLetter(items.get(i), reason, outcome.failure()));
            }
        }
        List<PublishResult.DeadLetter> deadLettered = new ArrayList<>();
        long letterDeadline = deadline();
        for (int i = 0; i < letters.size(); i++) {
            if (letters.get(i) != null && outcome(letters.get(i), letterDeadline).acknowledged()) {
                deadLettered.add(new PublishResult.DeadLetter(refused.get(i), reasons.get(i)));
            } // else: not settled, tried again on the next poll
        }
        return new PublishResult(acknowledged, deadLettered);
    }

    /**
     * The dead letter keeps what identifies the item (id, source, link, guid, title, date) and drops its summary,
     * content and categories — what made it too large — so that it fits where the item did not.
     */
    private Future<?> sendDeadLetter(FeedItem item, String reason, Throwable cause) {
        FeedItem kept = new FeedItem(item.schemaVersion(), item.id(), item.sourceId(), item.sourceName(), item.link(),
                item.guid(), item.title(), null, null, item.language(), List.of(), item.author(), item.publishedAt(),
                item.publishedRaw(), item.fetchedAt());
        ProducerRecord<String, String> letter = new ProducerRecord<>(Topics.deadLetter(itemsTopic), item.id(),
                EventJson.toJson(kept));
        Headers h = letter.headers();
        DeadLetterHeaders.addForUnwritten(h, itemsTopic, reason, cause);
        DeadLetterHeaders.add(h, "dead-letter-source", item.sourceId());
        DeadLetterHeaders.add(h, "dead-letter-removed", "summary, content, categories");
        try {
            return producer.send(letter);
        } catch (RuntimeException e) {
            LOG.warnf("Kafka refused the dead letter of %s: %s", item.id(), e.getMessage());
            return null;
        }
    }

    @Override
    public boolean publishStatus(SourceStatus status) {
        try {
            Future<?> f = producer.send(new ProducerRecord<>(Topics.SOURCES_STATUS, status.sourceId(),
                    EventJson.toJson(status)));
            return outcome(f, deadline()).acknowledged();
        } catch (RuntimeException e) {
            LOG.warnf("Kafka refused the status of %s: %s", status.sourceId(), e.getMessage());
            return false;
        }
    }

    @Override
    public boolean publishChange(ItemChange change) {
        try {
            Future<?> f = producer.send(new ProducerRecord<>(Topics.ITEMS_CHANGED, change.itemId(),
                    EventJson.toJson(change)));
            return outcome(f, deadline()).acknowledged();
        } catch (RuntimeException e) {
            LOG.warnf("Kafka refused the change of %s: %s", change.itemId(), e.getMessage());
            return false;
        }
    }

    @Override
    public boolean republish(FeedItem item) {
        return publish(List.of(item)).settled().size() == 1;
    }

    private long deadline() {
        return System.nanoTime() + timeout.toNanos() + 1_000_000_000L;
    }

    /**
     * How a send ended: acknowledged ({@code failure} null), or failed; {@code itemAtFault} when the record itself
     * can never be taken (retrying cannot help), otherwise the broker is away or slow.
     */
    private record Outcome(Throwable failure, boolean itemAtFault) {
        static final Outcome ACKNOWLEDGED = new Outcome(null, false);

        boolean acknowledged() {
            return failure == null;
        }

        boolean brokerAway() {
            return failure != null && !itemAtFault;
        }
    }

    private static Outcome outcome(Future<?> f, long deadlineNanos) {
        try {
            f.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return Outcome.ACKNOWLEDGED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(e, false);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            boolean itemAtFault = cause instanceof RecordTooLargeException || cause instanceof InvalidRecordException;
            if (!itemAtFault) {
                LOG.warnf("Kafka did not acknowledge a record: %s", cause.getMessage());
            }
            return new Outcome(cause, itemAtFault);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
