package org.policymonitor.classifier.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.policymonitor.classifier.engine.Classification;
import org.policymonitor.classifier.engine.ClassificationService;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.platform.messaging.BatchSettlement;
import org.policymonitor.platform.messaging.ConsumerWaits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * {@code policy.items.raw} → {@code policy.items.classified}, a polled batch at a time: every readable item is
 * published with its tags (possibly none) and the ruleset version, under the same key, in the order read.
 *
 * <p>At least once: a record counts as processed only when its classified record is acknowledged by the broker
 * (acks=all) or it has been written to the dead-letter topic, and {@link BatchSettlement} acknowledges a batch's
 * records so that the consumer commits no offset before that (throttled commit strategy). A crash or a shutdown in
 * between re-delivers the items; consumers downstream upsert by item id. The returned stage completes when the whole
 * batch is settled, so one batch is in flight at a time and a broker outage simply holds the consumer (paused).
 *
 * <p>Poison records: a record that cannot be read or classified is nacked on its own, and the channel's
 * {@code dead-letter-queue} failure strategy writes it unchanged to {@code policy.items.raw.dlq} with the reason in
 * the {@code dead-letter-reason} header; the rest of its batch is published as usual. If a record cannot be
 * settled at all (the dead-letter topic unreachable), the stage fails, the channel fails, and
 * {@code ChannelWatchdog} restarts the process from the last committed offsets.
 *
 * <p>Classification is CPU work: it runs on a worker thread ({@code @Blocking}, ordered), not on the event loop. The
 * records of a batch are classified one by one (matching a whole batch in one Lucene Monitor call was measured 3–4×
 * dearer per item: see the README); their classified records are then sent in the batch's order.
 */
@ApplicationScoped
public class RawItemsConsumer {

    private static final Logger LOG = Logger.getLogger(RawItemsConsumer.class);

    static final String CHANNEL = "items-raw";

    private final ClassificationService classifier;
    private final ConsumerWaits waits;
    private final Counter deadLettered;

    /** Buffer room for more than one polled batch ({@code max.poll.records}), the most that is ever waiting. */
    @Inject
    @Channel("items-classified")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> classified;

    public RawItemsConsumer(ClassificationService classifier, ConsumerWaits waits, MeterRegistry metrics) {
        this.classifier = classifier;
        this.waits = waits;
        this.deadLettered = metrics.counter("policy_classifier_items_total", "outcome", "dead_letter");
    }

    @Incoming(CHANNEL)
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        // policy_classifier_consumer_oldest_unprocessed_seconds: the batch is held until every record is settled
        waits.processing(CHANNEL, batch);
        List<KafkaRecord<String, String>> records = batch.getRecords();
        List<BatchSettlement.Pending> pending = new ArrayList<>(records.size());
        for (Outcome outcome : classify(records)) {
            pending.add(new BatchSettlement.Pending(outcome.record(), outcome.item() != null
                    ? publish(outcome.record(), outcome.item())
                    : deadLetter(outcome.record(), outcome.failure())));
        }
        return BatchSettlement.settle(batch, pending).whenComplete((ok, failure) -> waits.processed(CHANNEL));
    }

    /**
     * The records' outcomes in their order, each item classified on its own: a record that cannot be read or
     * classified fails alone and is dead-lettered, never its neighbours.
     */
    private List<Outcome> classify(List<KafkaRecord<String, String>> records) {
        List<Outcome> outcomes = new ArrayList<>(records.size());
        Instant now = Instant.now();
        for (KafkaRecord<String, String> record : records) {
            try {
                FeedItem item = RawItems.read(record.getPayload());
                Classification result = classifier.classifyFeedItem(ItemText.of(item));
                outcomes.add(new Outcome(record, new ClassifiedItem(item, result.tags(), result.rulesetVersion(), now,
                        result.reportedLanguage(item.language())), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(record, null, e));
            }
        }
        return outcomes;
    }

    /** A record and what became of it: classified, or the reason it goes to the dead-letter topic. */
    private record Outcome(KafkaRecord<String, String> record, ClassifiedItem item, RuntimeException failure) {
    }

    /** Completes when the classified record is on the broker; fails with the reason the record is dead-lettered. */
    private CompletionStage<Void> publish(KafkaRecord<String, String> record, ClassifiedItem item) {
        String json;
        try {
            json = EventJson.toJson(item);
        } catch (RuntimeException e) {
            return deadLetter(record, e);
        }
        CompletableFuture<Void> published = new CompletableFuture<>();
        String key = record.getKey() != null ? record.getKey() : item.item().id();
        classified.send(Message.of(json,
                Metadata.of(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build()),
                () -> {
                    published.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    published.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return published.exceptionallyCompose(failure -> deadLetter(record, failure));
    }

    private CompletionStage<Void> deadLetter(KafkaRecord<String, String> record, Throwable reason) {
        deadLettered.increment();
        LOG.warnf("record %s-%d@%d (key %s) goes to the dead-letter topic: %s", record.getTopic(),
                record.getPartition(), record.getMetadata(IncomingKafkaRecordMetadata.class)
                        .map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L), record.getKey(), reason.getMessage());
        return CompletableFuture.failedFuture(reason);
    }
}
