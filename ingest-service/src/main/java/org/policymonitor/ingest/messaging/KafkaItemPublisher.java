package org.policymonitor.ingest.messaging;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes to Kafka and waits for each acknowledgement, because the caller remembers an item as published only once
 * the broker has it: the poller learns, synchronously and per record, what the broker took. The records go through
 * a {@link RecordSender} — in the service the SmallRye channel {@code ingest-events} (idempotent, {@code acks=all}).
 * <p>
 * A record the broker can never take — larger than the topic's {@code max.message.bytes} or the producer's
 * {@code max.request.size} — is not an outage: it goes to {@code <topic>.dlq} (without its summary and content, which
 * made it too large) with the reason in the same headers the other services' dead letters carry, and the newer
 * items are published. Anything else that is not acknowledged (broker down, timeout) stays unpublished for the
 * next poll. The archive's changes go through the same channel ({@link ChangePublisher}).
 */
public final class KafkaItemPublisher implements ItemPublisher, ChangePublisher {

    private static final Logger LOG = Logger.getLogger(KafkaItemPublisher.class);

    private final RecordSender sender;
    private final String itemsTopic;
    private final Duration timeout;

    /**
     * @param itemsTopic the topic of the items ({@link Topics#ITEMS_RAW}; another one in tests)
     * @param timeout    how long a send may wait for the broker before the item counts as not published (the
     *                   channel's producer gives up at the same time: {@code delivery.timeout.ms})
     */
    public KafkaItemPublisher(RecordSender sender, String itemsTopic, Duration timeout) {
        this.sender = sender;
        this.itemsTopic = itemsTopic;
        this.timeout = timeout;
    }

    @Override
    public PublishResult publish(List<FeedItem> items) {
        if (items.isEmpty()) {
            return PublishResult.NONE;
        }
        List<String> values = items.stream().map(EventJson::toJson).toList();
        List<Outcome> outcomes = new ArrayList<>(items.size());
        // The first item alone: a producer without the topic's metadata (broker away) blocks each send for
        // max.block.ms, one after the other on the channel's sending thread; one probe costs one timeout per poll,
        // not one per item, and leaves nothing queued behind it to be published after the poll gave up.
        outcomes.add(outcome(send(itemsTopic, items.get(0).id(), values.get(0), new RecordHeaders()), deadline()));
        if (!outcomes.get(0).brokerAway()) {
            List<CompletionStage<Void>> rest = new ArrayList<>(items.size() - 1);
            for (int i = 1; i < items.size(); i++) {
                rest.add(send(itemsTopic, items.get(i).id(), values.get(i), new RecordHeaders()));
            }
            long deadline = deadline();
            rest.forEach(stage -> outcomes.add(outcome(stage, deadline)));
        }
        List<FeedItem> acknowledged = new ArrayList<>(items.size());
        List<PublishResult.DeadLetter> refused = new ArrayList<>();
        List<CompletionStage<Void>> letters = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            FeedItem item = items.get(i);
            if (outcome.acknowledged()) {
                acknowledged.add(item);
            } else if (outcome.itemAtFault()) {
                String reason = (outcome.failure() instanceof RecordTooLargeException ? "record too large for "
                        : "record refused by ") + itemsTopic + " (" + values.get(i).getBytes(StandardCharsets.UTF_8).length
                        + " bytes of JSON before compression): " + outcome.failure().getMessage();
                LOG.warnf("item %s of %s goes to %s: %s", item.id(), item.sourceId(), Topics.deadLetter(itemsTopic),
                        reason);
                refused.add(new PublishResult.DeadLetter(item, reason));
                letters.add(sendDeadLetter(item, reason, outcome.failure()));
            }
        }
        List<PublishResult.DeadLetter> deadLettered = new ArrayList<>();
        long letterDeadline = deadline();
        for (int i = 0; i < letters.size(); i++) {
            if (outcome(letters.get(i), letterDeadline).acknowledged()) {
                deadLettered.add(refused.get(i));
            } // else: not settled, tried again on the next poll
        }
        return new PublishResult(acknowledged, deadLettered);
    }

    /**
     * The dead letter keeps what identifies the item (id, source, link, guid, title, date) and drops its summary,
     * content and categories — what made it too large — so that it fits where the item did not.
     */
    private CompletionStage<Void> sendDeadLetter(FeedItem item, String reason, Throwable cause) {
        FeedItem kept = new FeedItem(item.schemaVersion(), item.id(), item.sourceId(), item.sourceName(), item.link(),
                item.guid(), item.title(), null, null, item.language(), List.of(), item.author(), item.publishedAt(),
                item.publishedRaw(), item.fetchedAt());
        Headers headers = new RecordHeaders();
        DeadLetterHeaders.addForUnwritten(headers, itemsTopic, reason, cause);
        DeadLetterHeaders.add(headers, "dead-letter-source", item.sourceId());
        DeadLetterHeaders.add(headers, "dead-letter-removed", "summary, content, categories");
        return send(Topics.deadLetter(itemsTopic), item.id(), EventJson.toJson(kept), headers);
    }

    @Override
    public boolean publishStatus(SourceStatus status) {
        return outcome(send(Topics.SOURCES_STATUS, status.sourceId(), EventJson.toJson(status), new RecordHeaders()),
                deadline()).acknowledged();
    }

    @Override
    public boolean publishChange(ItemChange change) {
        return outcome(send(Topics.ITEMS_CHANGED, change.itemId(), EventJson.toJson(change), new RecordHeaders()),
                deadline()).acknowledged();
    }

    @Override
    public boolean republish(FeedItem item) {
        return publish(List.of(item)).settled().size() == 1;
    }

    private CompletionStage<Void> send(String topic, String key, String value, Headers headers) {
        try {
            return sender.send(topic, key, value, headers);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The producer gives up after the timeout; a second more lets its answer arrive before we stop waiting. */
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

    private static Outcome outcome(CompletionStage<Void> stage, long deadlineNanos) {
        Future<Void> f = stage.toCompletableFuture();
        try {
            f.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return Outcome.ACKNOWLEDGED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(e, false);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            boolean itemAtFault = cause instanceof RecordTooLargeException || cause instanceof InvalidRecordException;
            if (!itemAtFault) {
                LOG.warnf("Kafka did not acknowledge a record: %s", cause.getMessage());
            }
            return new Outcome(cause, itemAtFault);
        }
    }
}
