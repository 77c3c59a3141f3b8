package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.policymonitor.alert.delivery.DeliveryWorker;
import org.policymonitor.alert.item.store.ItemStore;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.platform.retry.Failures;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Consumes {@code policy.items.classified} in batches. Each batch is stored in one transaction; the offsets are
 * committed only after this method returns, i.e. after the commit (at least once — the idempotent store makes a
 * replay harmless). A record that cannot be parsed or stored goes to the dead-letter topic and the partition
 * moves on. While the database is unreachable the method waits, however long, and never fails the channel.
 */
@ApplicationScoped
public class ClassifiedItemConsumer {

    private static final Logger LOG = Logger.getLogger(ClassifiedItemConsumer.class);
    static final String CHANNEL = "classified";

    private final Counter stored;
    private final Counter deadLettered;

    @Inject
    ItemStore store;
    @Inject
    DeadLetters deadLetters;
    @Inject
    RetryingExecutor retrying;
    @Inject
    DeliveryWorker worker;
    @Inject
    ConsumerWaits waits;

    @Inject
    public ClassifiedItemConsumer(MeterRegistry registry) {
        stored = Counter.builder("policy.alert.items.stored").description("classified items created or reclassified")
                .register(registry);
        deadLettered = Counter.builder("policy.alert.items.dead.lettered")
                .description("classified records sent to the dead-letter topic").register(registry);
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        waits.processing(CHANNEL, oldestTimestamp(records));
        try {
            store(records);
        } finally {
            waits.processed(CHANNEL);
        }
    }

    private void store(ConsumerRecords<String, String> records) {
        List<ClassifiedItem> items = new ArrayList<>(records.count());
        List<ConsumerRecord<String, String>> sources = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                items.add(RecordParser.classifiedItem(record.value()));
                sources.add(record);
            } catch (RuntimeException e) {
                deadLetter(record, e);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        try {
            count(retrying.storing(CHANNEL, "storing " + items.size() + " classified items", () -> store.store(items)));
        } catch (RetryingExecutor.Stopping stopping) {
            throw stopping; // not acknowledged: consumed again after the restart
        } catch (RuntimeException batchFailure) {
            // one bad record must not hold back the others: store them one by one to find it
            LOG.warnf("batch of %d items failed (%s); storing one by one", items.size(), Failures.describe(batchFailure));
            for (int i = 0; i < items.size(); i++) {
                List<ClassifiedItem> one = List.of(items.get(i));
                try {
                    count(retrying.storing(CHANNEL, "storing item " + items.get(i).item().id(), () -> store.store(one)));
                } catch (RetryingExecutor.Stopping stopping) {
                    throw stopping;
                } catch (RuntimeException e) {
                    deadLetter(sources.get(i), e);
                }
            }
        }
    }

    private static Instant oldestTimestamp(ConsumerRecords<String, String> records) {
        long oldest = Long.MAX_VALUE;
        for (ConsumerRecord<String, String> record : records) {
            oldest = Math.min(oldest, record.timestamp() > 0 ? record.timestamp() : System.currentTimeMillis());
        }
        return oldest == Long.MAX_VALUE ? Instant.now() : Instant.ofEpochMilli(oldest);
    }

    private void count(ItemStore.Result result) {
        stored.increment(result.created() + result.reclassified());
        if (result.deliveries() > 0) {
            worker.nudge(); // the transaction has committed: its alerts can go now
        }
        LOG.debugf("stored classified items: %s", result);
    }

    private void deadLetter(ConsumerRecord<String, String> record, Throwable e) {
        deadLetters.send(record, e);
        deadLettered.increment();
    }
}
