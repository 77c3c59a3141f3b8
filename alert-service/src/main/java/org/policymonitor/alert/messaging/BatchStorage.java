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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

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
 * <p>A consumer may store on a {@link StoringLine} (the classified items do): it then reads batch N+1 while the line
 * stores batch N, the line stores one batch at a time in the order consumed, and a batch's records are settled only
 * after its transaction committed and the batch before it is settled — the same guarantees, one batch read ahead.
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
    /** Null: each batch is stored on the consumer's thread. Else the thread that stores, while the next is read. */
    private final StoringLine line;
    /** The settlement of the batch stored last ({@link #line} only): the next one's waits for it. */
    private CompletableFuture<Void> lastSettled = CompletableFuture.completedFuture(null);
    /** The batch whose records are being stored ({@link #line} only), for {@link ConsumerWaits#processed}. */
    private final AtomicReference<Object> inHand = new AtomicReference<>();
    /** Told when a batch could not be settled and every later ack is held back ({@link #line} only). */
    private final Consumer<Throwable> heldBack;
    private final AtomicBoolean heldBackTold = new AtomicBoolean();

    /**
     * Each batch read and stored on the consumer's thread; the returned stage completes when it is settled.
     *
     * @param plural       what the records are, for logs: "classified items"
     * @param deadLettered counts a record nacked into the dead-letter topic
     */
    BatchStorage(String channel, String plural, Steps<T, R> steps, RetryingExecutor retrying, ConsumerWaits waits,
                 Runnable deadLettered) {
        this(channel, plural, steps, retrying, waits, deadLettered, null, failure -> { });
    }

    /**
     * With a storing line: the consumer's thread reads a batch ({@link Steps#read}, where the per-record work that
     * needs no database belongs) while the line stores the batch before it. Batches are stored one at a time in the
     * order consumed, and a batch is settled only after it is stored and after the batch before it is settled: no
     * acknowledgement — no committed offset — ever covers a record before it is stored or dead-lettered, and a batch
     * whose settlement failed holds back the acknowledgements of every later one (they are consumed again after a
     * restart).
     *
     * @param heldBack told once a batch could not be settled (its dead letter was not written): storing goes on, but
     *                 no offset is committed before a restart, which the caller must bring about (a failed health
     *                 check) — else the consumer would store on while its committed offset stands still
     */
    BatchStorage(String channel, String plural, Steps<T, R> steps, RetryingExecutor retrying, ConsumerWaits waits,
                 Runnable deadLettered, StoringLine line, Consumer<Throwable> heldBack) {
        this.channel = channel;
        this.plural = plural;
        this.steps = steps;
        this.retrying = retrying;
        this.waits = waits;
        this.deadLettered = deadLettered;
        this.line = line;
        this.heldBack = heldBack;
    }

    /** A polled batch read: its records' outcomes, and what can be stored of it. */
    private final class Read {
        final KafkaRecordBatch<String, String> batch;
        final List<BatchSettlement.Pending> pending;
        final List<T> read;
        final List<KafkaRecord<String, String>> sources;
        final List<CompletableFuture<Void>> outcomes;

        Read(KafkaRecordBatch<String, String> batch) {
            this.batch = batch;
            List<KafkaRecord<String, String>> records = batch.getRecords();
            pending = new ArrayList<>(records.size());
            read = new ArrayList<>(records.size());
            sources = new ArrayList<>(records.size());
            outcomes = new ArrayList<>(records.size());
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
        }
    }

    /**
     * Without a line: completes when every record of the batch is settled (stored and acked, or dead-lettered). With
     * one: completes when the batch is read and the line has taken it (the batch before it is stored); its records
     * are settled later, on the line.
     *
     * @throws RetryingExecutor.Stopping the service is stopping: nothing of the batch is acked or nacked
     */
    CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        if (line != null) {
            Read r = new Read(batch);
            line.handOver(() -> storeOnLine(r));
            return CompletableFuture.completedFuture(null);
        }
        waits.processing(channel, batch);
        Read r;
        try {
            r = new Read(batch);
            store(r.read, r.sources, r.outcomes);
        } catch (RetryingExecutor.Stopping stopping) {
            waits.processed(channel);
            throw stopping; // neither acked nor nacked: consumed again after the restart
        }
        // every outcome is final here: nothing is acked or nacked before the whole batch is stored or poison
        return BatchSettlement.settle(batch, r.pending).whenComplete((ok, failure) -> waits.processed(channel));
    }

    /** On the line's thread, one batch at a time in the order handed over. */
    private void storeOnLine(Read r) {
        inHand.set(r);
        waits.processing(channel, r.batch);
        try {
            store(r.read, r.sources, r.outcomes);
        } catch (RetryingExecutor.Stopping stopping) {
            // neither acked nor nacked, nor any later batch (the line is closing): consumed again after the restart
            lastSettled = CompletableFuture.failedFuture(stopping);
            processed(r);
            return;
        }
        // every outcome of this batch is final; its acks wait for the batch before it to be settled
        lastSettled = lastSettled
                .thenCompose(previous -> BatchSettlement.settle(r.batch, r.pending))
                .whenComplete((ok, failure) -> {
                    processed(r);
                    // a later batch's stage fails with the same failure: told and logged once
                    if (failure != null && !(failure.getCause() instanceof RetryingExecutor.Stopping)
                            && heldBackTold.compareAndSet(false, true)) {
                        LOG.errorf(failure, "%s: a batch of %d records could not be settled; no later batch is "
                                + "acknowledged before a restart", channel, r.pending.size());
                        heldBack.accept(failure);
                    }
                }).toCompletableFuture();
    }

    private void processed(Read r) {
        if (inHand.compareAndSet(r, null)) { // not if a later batch is being stored already
            waits.processed(channel);
        }
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
