package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.alert.item.store.ChangeStore;
import org.policymonitor.events.ItemChange;

import java.time.Instant;

/**
 * Consumes {@code policy.items.changed} one record at a time (changes are rare) with the other consumers'
 * guarantees: the offset is committed after the transaction (commit strategy {@code latest}), a database outage is
 * waited out however long it lasts, and a record that cannot be parsed or stored goes to
 * {@code policy.items.changed.dlq} while the partition moves on.
 */
@ApplicationScoped
public class ItemChangeConsumer {

    private static final Logger LOG = Logger.getLogger(ItemChangeConsumer.class);
    static final String CHANNEL = "changes";

    private final Counter stored;
    private final Counter pending;

    @Inject
    ChangeStore store;
    @Inject
    DeadLetters deadLetters;
    @Inject
    RetryingExecutor retrying;
    @Inject
    DeliveryWorker worker;
    @Inject
    ConsumerWaits waits;

    @Inject
    public ItemChangeConsumer(MeterRegistry registry) {
        stored = Counter.builder("policy.alert.changes.stored")
                .description("article changes (edited, removed, restored) stored").register(registry);
        pending = Counter.builder("policy.alert.changes.before.item")
                .description("article changes stored before their item, applied when it arrives").register(registry);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        waits.processing(CHANNEL, Instant.ofEpochMilli(record.timestamp() > 0 ? record.timestamp() : System.currentTimeMillis()));
        try {
            ItemChange change = RecordParser.itemChange(record.value());
            ChangeStore.Result result = retrying.storing(CHANNEL,
                    "storing change " + change.change().wire() + " v" + change.version() + " of " + change.itemId(),
                    () -> store.store(change));
            if (result.isNew()) {
                stored.increment();
                if (!result.applied()) {
                    pending.increment();
                }
            }
            if (result.deliveries() > 0) {
                worker.nudge();
            }
            LOG.infof("item %s %s (version %d): %s, %d alert(s) owed", change.itemId(), change.change().wire(),
                    change.version(), !result.isNew() ? "seen before" : result.applied() ? "applied"
                            : "kept until the item arrives", result.deliveries());
        } catch (RetryingExecutor.Stopping stopping) {
            throw stopping; // not acknowledged: consumed again after the restart
        } catch (RuntimeException e) {
            deadLetters.send(record, e);
        } finally {
            waits.processed(CHANNEL);
        }
    }
}
