package org.policymonitor.alert.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.jboss.logging.Logger;
import org.policymonitor.platform.messaging.BatchSettlement;
import org.policymonitor.platform.messaging.ConsumerWaits;
import org.policymonitor.platform.retry.Failures;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The one skeleton of alert's three consumers: a polled batch is read record by record, what can be read is stored in
 * one transaction (the throughput of batches), and the batch is settled as the classifier settles its own
 * ({@link BatchSettlement}): a record that fails on its own — it cannot be read, or the database refuses it alone —
 * is nacked, and the channel's {@code dead-letter-queue} failure strategy writes it to {@code <topic>.dlq} with the
 * reason; the others' partitions are committed past them.
 *
 * <p>While the database is unreachable the batch is held and stored again with growing pauses, however long the
 * outage lasts ({@link RetryingExecutor}; the wait shows in readiness and {@code policy_alert_consumer_waiting_seconds}):
 * no offset is acknowledged before what it covers is stored or dead-lettered. A batch the database refuses as a whole
 * is stored again one record at a time, so that one bad record does not hold back the others. A shutdown during the
 * wait ({@link RetryingExecutor.Stopping}) acknowledges and dead-letters nothing: the batch is consumed again after the
 * restart, and the idempotent stores make that harmless.
 *
 * @param <T> what a record holds, read
 * @param <R> what storing some of them did
 */
final class BatchStorage<T, R> {

    private static final Logger LOG = Logger.getLogger(BatchStorage.class);

    /** What a consumer does with its records; the rest is the skeleton's. */
    interface Steps<T, R> {
        /** @throws RuntimeException saying why the record is poison */
        T read(String value);

        /** Stores the records in one transaction. */
        R store(List<T> records);

        /** After the commit: counters, the delivery worker's nudge, a log line. */
        void stored(List<T> records, R result);

        /** One record in a few words for logs and readiness, e.g. "item abc". */
        String describe(T record);
    }

    private final String channel;
    private final String plural;
    private final Steps<T, R> steps;
    private final RetryingExecutor retrying;
    private final ConsumerWaits waits;
    private final Runnable deadLettered;

    /**
     * @param plural       what the records are, for logs: "classified items"
     * @param deadLettered counts a record nacked into the dead-letter topic
     */
    BatchStorage(String channel, String plural, Steps<T, R> steps, RetryingExecutor retrying, ConsumerWaits waits,
                 Runnable deadLettered) {
        this.channel = channel;
        this.plural = plural;
        this.steps = steps;
        this.retrying = retrying;
        this.waits = waits;
        this.deadLettered = deadLettered;
    }

    /** Completes when every record of the batch is settled (stored and acked, or dead-lettered). */
    CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        waits.processing(channel, batch);
        List<BatchSettlement.Pending> pending = new ArrayList<>(records.size());
        List<T> read = new ArrayList<>(records.size());
        List<KafkaRecord<String, String>> sources = new ArrayList<>(records.size());
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(records.size());
        try {
            for (KafkaRecord<String, String> record : records) {
                CompletableFuture<Void> outcome = new CompletableFuture<>();
                pending.add(new BatchSettlement.Pending(record, outcome));
                try {
                    read.add(steps.read(record.getPayload()));
                    sources.add(record);
                    outcomes.add(outcome);
                } catch (RuntimeException e) {
                    poison(record, outcome, e);
                }
            }
            store(read, sources, outcomes);
        } catch (RetryingExecutor.Stopping stopping) {
            waits.processed(channel);
            throw stopping; // neither acked nor nacked: consumed again after the restart
        }
        // every outcome is final here: nothing is acked or nacked before the whole batch is stored or poison
        return BatchSettlement.settle(batch, pending).whenComplete((ok, failure) -> waits.processed(channel));
    }

    private void store(List<T> read, List<KafkaRecord<String, String>> sources, List<CompletableFuture<Void>> outcomes) {
        if (read.isEmpty()) {
            return;
        }
        try {
            R result = retrying.storing(channel, "storing " + read.size() + " " + plural, () -> steps.store(read));
            steps.stored(read, result);
            outcomes.forEach(o -> o.complete(null));
            return;
        } catch (RetryingExecutor.Stopping stopping) {
            throw stopping;
        } catch (RuntimeException batchFailure) {
            if (read.size() == 1) {
                poison(sources.get(0), outcomes.get(0), batchFailure);
                return;
            }
            // one bad record must not hold back the others: store them one by one to find it
            LOG.warnf("%s: batch of %d %s failed (%s); storing one by one", channel, read.size(), plural,
                    Failures.describe(batchFailure));
        }
        for (int i = 0; i < read.size(); i++) {
            List<T> one = List.of(read.get(i));
            try {
                R result = retrying.storing(channel, "storing " + steps.describe(read.get(i)), () -> steps.store(one));
                steps.stored(one, result);
                outcomes.get(i).complete(null);
            } catch (RetryingExecutor.Stopping stopping) {
                throw stopping;
            } catch (RuntimeException e) {
                poison(sources.get(i), outcomes.get(i), e);
            }
        }
    }

    private void poison(KafkaRecord<String, String> record, CompletableFuture<Void> outcome, RuntimeException reason) {
        deadLettered.run();
        LOG.warnf("%s: record %s-%d@%d (key %s) goes to the dead-letter topic: %s", channel, record.getTopic(),
                record.getPartition(), record.getMetadata(IncomingKafkaRecordMetadata.class)
                        .map(IncomingKafkaRecordMetadata::getOffset).orElse(-1L), record.getKey(),
                Failures.describe(reason));
        outcome.completeExceptionally(reason);
    }
}
