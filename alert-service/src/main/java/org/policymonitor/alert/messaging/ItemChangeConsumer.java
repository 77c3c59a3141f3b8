package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.alert.item.store.ChangeStore;
import org.policymonitor.events.ItemChange;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code policy.items.changed} a polled batch at a time with the other consumers' guarantees
 * ({@link BatchStorage}): a batch's changes are stored in one transaction and committed after it, a database outage is
 * waited out however long it lasts, and a record that cannot be read or stored goes to
 * {@code policy.items.changed.dlq} while the partition moves on.
 */
@ApplicationScoped
@Startup // created at start, not at the first batch: its dead-letter counter exists at 0 from the start
public class ItemChangeConsumer implements BatchStorage.Steps<ItemChange, List<ChangeStore.Result>> {

    private static final Logger LOG = Logger.getLogger(ItemChangeConsumer.class);
    static final String CHANNEL = "changes";

    private final ChangeStore store;
    private final DeliveryWorker worker;
    private final Counter stored;
    private final Counter pending;
    private final BatchStorage<ItemChange, List<ChangeStore.Result>> batches;

    public ItemChangeConsumer(ChangeStore store, DeliveryWorker worker, RetryingExecutor retrying,
                              ConsumerWaits waits, MeterRegistry registry) {
        this.store = store;
        this.worker = worker;
        stored = Counter.builder("policy.alert.changes.stored")
                .description("article changes (edited, removed, restored) stored").register(registry);
        pending = Counter.builder("policy.alert.changes.before.item")
                .description("article changes stored before their item, applied when it arrives").register(registry);
        batches = new BatchStorage<>(CHANNEL, "article changes", this, retrying, waits,
                DeadLetterCounters.of(registry, CHANNEL)::increment);
    }

    @Incoming(CHANNEL)
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch);
    }

    @Override
    public ItemChange read(String value) {
        return RecordParser.itemChange(value);
    }

    @Override
    public List<ChangeStore.Result> store(List<ItemChange> changes) {
        // one transaction for the batch: each store joins it
        return QuarkusTransaction.requiringNew().call(() -> changes.stream().map(store::store).toList());
    }

    @Override
    public void stored(List<ItemChange> changes, List<ChangeStore.Result> results) {
        int deliveries = 0;
        for (int i = 0; i < changes.size(); i++) {
            ItemChange change = changes.get(i);
            ChangeStore.Result result = results.get(i);
            if (result.isNew()) {
                stored.increment();
                if (!result.applied()) {
                    pending.increment();
                }
            }
            deliveries += result.deliveries();
            LOG.infof("item %s %s (version %d): %s, %d alert(s) owed", change.itemId(), change.change().wire(),
                    change.version(), !result.isNew() ? "seen before" : result.applied() ? "applied"
                            : "kept until the item arrives", result.deliveries());
        }
        if (deliveries > 0) {
            worker.nudge();
        }
    }

    @Override
    public String describe(ItemChange change) {
        return "change " + change.change().wire() + " v" + change.version() + " of " + change.itemId();
    }
}
