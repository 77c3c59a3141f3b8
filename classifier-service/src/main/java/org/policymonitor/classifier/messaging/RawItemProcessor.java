package org.policymonitor.classifier.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.policymonitor.classifier.engine.Classification;
import org.policymonitor.classifier.engine.ClassificationService;
import org.policymonitor.classifier.engine.ItemText;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;

import java.time.Instant;

/**
 * {@code policy.items.raw} → {@code policy.items.classified}: every readable item is published with its tags
 * (possibly none) and the ruleset version, under the same key.
 *
 * <p>At least once: this is a payload-to-payload processor, so SmallRye acknowledges the incoming record only
 * when the outgoing record is acknowledged by the broker (acks=all), and the consumer commits only
 * acknowledged offsets (throttled commit strategy). A crash in between re-delivers the item; consumers
 * downstream upsert by item id.
 *
 * <p>Poison records: an exception here nacks the record, and the channel's {@code dead-letter-queue} failure
 * strategy writes it unchanged to {@code policy.items.raw.dlq} with the reason in the
 * {@code dead-letter-reason} header; then the partition moves on.
 */
@ApplicationScoped
public class RawItemProcessor {

    private static final Logger LOG = Logger.getLogger(RawItemProcessor.class);

    private final ClassificationService classifier;
    private final MeterRegistry metrics;

    public RawItemProcessor(ClassificationService classifier, MeterRegistry metrics) {
        this.classifier = classifier;
        this.metrics = metrics;
    }

    @Incoming("items-raw")
    @Outgoing("items-classified")
    public Record<String, String> process(ConsumerRecord<String, String> record) {
        FeedItem item = read(record);
        Classification result = classifier.classifyFeedItem(ItemText.of(item));
        ClassifiedItem classified = new ClassifiedItem(item, result.tags(), result.rulesetVersion(), Instant.now());
        String key = record.key() != null ? record.key() : item.id();
        return Record.of(key, EventJson.toJson(classified));
    }

    private FeedItem read(ConsumerRecord<String, String> record) {
        try {
            if (record.value() == null || record.value().isBlank()) {
                throw new IllegalArgumentException("empty record");
            }
            FeedItem item = EventJson.fromJson(record.value(), FeedItem.class);
            if (item.id().isBlank()) {
                throw new IllegalArgumentException("not a valid FeedItem: blank id");
            }
            return item;
        } catch (IllegalArgumentException e) {
            metrics.counter("policy_classifier_items_total", "outcome", "dead_letter").increment();
            LOG.warnf("unreadable record %s-%d@%d (key %s) goes to the dead-letter topic: %s", record.topic(),
                    record.partition(), record.offset(), record.key(), e.getMessage());
            throw e;
        }
    }
}
