package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.alert.item.store.PreparedItem;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Consumes {@code policy.items.classified} a polled batch at a time ({@link BatchStorage}): each batch is stored in one
 * transaction, its alerts written to the outbox in the same one, and its offsets committed only after that. A record
 * that cannot be read or stored goes to {@code policy.items.classified.dlq}; a database outage is waited out.
 * Batches are stored on a {@link StoringLine}, one at a time in order, while this thread reads and prepares the next
 * ({@link PreparedItem}): the storing transaction, the consumer's one serial step, waits on PostgreSQL, and the next
 * batch's parsing, act extraction and story features fill that wait.
 */
@ApplicationScoped
@Startup // created at start, not at the first batch: its dead-letter counter exists at 0 from the start
public class ClassifiedItemConsumer implements BatchStorage.Steps<PreparedItem, ItemStore.Result> {

    private static final Logger LOG = Logger.getLogger(ClassifiedItemConsumer.class);
    static final String CHANNEL = "classified";
    /** How long a stop lets the batch being stored finish before interrupting its wait for the database. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final ItemStore store;
    private final DeliveryWorker worker;
    private final Counter stored;
    private final BatchStorage<PreparedItem, ItemStore.Result> batches;
    private final StoringLine line = new StoringLine("alert-storing", STOP_GRACE);
    private final PreparedItem.Preparer preparer = new PreparedItem.Preparer();

    public ClassifiedItemConsumer(ItemStore store, DeliveryWorker worker, RetryingExecutor retrying,
                                  ConsumerWaits waits, MeterRegistry registry, HealthCenter health) {
        this.store = store;
        this.worker = worker;
        stored = Counter.builder("policy.alert.items.stored").description("classified items created or reclassified")
                .register(registry);
        Counter deadLettered = Counter.builder("policy.alert.items.dead.lettered")
                .description("classified records sent to the dead-letter topic").register(registry);
        Counter deadLetters = DeadLetterCounters.of(registry, CHANNEL);
        // a batch that could not be settled holds back every later offset until a restart: liveness goes down so that
        // one comes (Kubernetes' probe; ChannelWatchdog's exit under Compose), not a silent standstill
        batches = new BatchStorage<>(CHANNEL, "classified items", this, retrying, waits, () -> {
            deadLettered.increment();
            deadLetters.increment();
        }, line, failure -> health.reportApplicationFailure(CHANNEL
                + ": a batch could not be settled, no offset is committed before a restart", failure));
    }

    @Incoming(CHANNEL)
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return batches.consume(batch);
    }

    /** Read, and what storing computes from the item alone (acts, features) done here, off the storing line. */
    @Override
    public PreparedItem read(String value) {
        return preparer.prepare(RecordParser.classifiedItem(value));
    }

    @Override
    public ItemStore.Result store(List<PreparedItem> items) {
        return store.storePrepared(items);
    }

    @Override
    public void stored(List<PreparedItem> items, ItemStore.Result result) {
        stored.increment(result.created() + result.reclassified());
        if (result.deliveries() > 0) {
            worker.nudge(); // the transaction has committed: its alerts can go now
        }
        LOG.debugf("stored classified items: %s", result);
    }

    @Override
    public String describe(PreparedItem item) {
        return "item " + item.classified().item().id();
    }

    /** Before the channels stop: the batch being stored finishes (or, waiting out an outage, acks nothing). */
    void onShutdown(@Observes ShutdownEvent event) {
        line.close();
    }
}
