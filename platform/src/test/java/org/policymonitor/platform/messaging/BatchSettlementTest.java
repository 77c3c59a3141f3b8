package org.policymonitor.platform.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.messaging.PolledBatches;
import org.policymonitor.testing.messaging.PolledBatches.Recorder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the records of a polled batch are acknowledged: the consumer commits a partition up to the last record of
 * the batch when that record is acked, so it must be settled last, and only once everything before it is published
 * or dead-lettered.
 */
class BatchSettlementTest {

    static final String TOPIC = "policy.items.raw";

    /** A polled batch of records with these offsets per partition, as the Kafka connector builds it. */
    static IncomingKafkaRecordBatch<String, String> batch(Recorder recorder, Map<Integer, List<Long>> offsets) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        offsets.forEach((partition, list) -> list.forEach(offset ->
                records.add(PolledBatches.record(TOPIC, partition, offset, "k" + offset, "v" + offset))));
        return PolledBatches.batch("items-raw", recorder, records);
    }

    /** The outcome each record's publication will have, completed by the test. */
    static Map<Long, CompletableFuture<Void>> outcomes(IncomingKafkaRecordBatch<String, String> batch,
                                                       List<BatchSettlement.Pending> pending) {
        Map<Long, CompletableFuture<Void>> byOffset = new LinkedHashMap<>();
        batch.getRecords().forEach(r -> {
            CompletableFuture<Void> outcome = new CompletableFuture<>();
            byOffset.put(r.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getOffset(), outcome);
            pending.add(new BatchSettlement.Pending(r, outcome));
        });
        return byOffset;
    }

    @Test
    void theLastRecordOfAPartitionIsAckedOnlyWhenEveryRecordBeforeItIsPublished() {
        Recorder recorder = new Recorder();
        IncomingKafkaRecordBatch<String, String> batch = batch(recorder, Map.of(0, List.of(1L, 2L, 3L)));
        List<BatchSettlement.Pending> pending = new ArrayList<>();
        Map<Long, CompletableFuture<Void>> outcome = outcomes(batch, pending);

        CompletionStage<Void> settled = BatchSettlement.settle(batch, pending);
        outcome.get(3L).complete(null);
        outcome.get(1L).complete(null);
        assertThat(recorder.events).as("2 is not on the broker yet").isEmpty();
        assertThat(settled.toCompletableFuture()).isNotDone();

        outcome.get(2L).complete(null);
        assertThat(recorder.events).containsExactly("ack 0@3");
        assertThat(settled.toCompletableFuture()).isCompletedWithValue(null);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAloneAndTheBatchMovesOn() {
        Recorder recorder = new Recorder();
        IncomingKafkaRecordBatch<String, String> batch = batch(recorder, Map.of(0, List.of(1L, 2L, 3L)));
        List<BatchSettlement.Pending> pending = new ArrayList<>();
        Map<Long, CompletableFuture<Void>> outcome = outcomes(batch, pending);

        CompletionStage<Void> settled = BatchSettlement.settle(batch, pending);
        outcome.get(2L).completeExceptionally(new IllegalArgumentException("not a valid FeedItem"));
        outcome.get(1L).complete(null);
        outcome.get(3L).complete(null);

        assertThat(recorder.events).containsExactly("dead-letter 0@2: not a valid FeedItem", "ack 0@3");
        assertThat(settled.toCompletableFuture()).isCompletedWithValue(null);
    }

    @Test
    void aPoisonLastRecordIsDeadLetteredAfterTheOthersOfItsPartitionOnly() {
        Recorder recorder = new Recorder();
        IncomingKafkaRecordBatch<String, String> batch = batch(recorder, new LinkedHashMap<>(Map.of(
                0, List.of(1L, 2L), 1, List.of(7L))));
        List<BatchSettlement.Pending> pending = new ArrayList<>();
        Map<Long, CompletableFuture<Void>> outcome = outcomes(batch, pending);

        CompletionStage<Void> settled = BatchSettlement.settle(batch, pending);
        outcome.get(2L).completeExceptionally(new IllegalArgumentException("empty record"));
        outcome.get(7L).complete(null);
        assertThat(recorder.events).as("partition 1 does not wait for partition 0").containsExactly("ack 1@7");

        outcome.get(1L).complete(null);
        assertThat(recorder.events).containsExactly("ack 1@7", "dead-letter 0@2: empty record");
        assertThat(settled.toCompletableFuture()).isCompletedWithValue(null);
    }

    @Test
    void aRecordThatCannotBeSettledFailsTheBatchAndCommitsNothingAfterIt() {
        Recorder recorder = new Recorder() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return Uni.createFrom().failure(new IllegalStateException("dead-letter topic unreachable"));
            }
        };
        IncomingKafkaRecordBatch<String, String> batch = batch(recorder, Map.of(0, List.of(1L, 2L)));
        List<BatchSettlement.Pending> pending = new ArrayList<>();
        Map<Long, CompletableFuture<Void>> outcome = outcomes(batch, pending);

        CompletionStage<Void> settled = BatchSettlement.settle(batch, pending);
        outcome.get(1L).completeExceptionally(new IllegalArgumentException("empty record"));
        outcome.get(2L).complete(null);

        assertThat(recorder.events).as("2 is not acked: 1 is neither published nor dead-lettered").isEmpty();
        assertThat(settled.toCompletableFuture()).isCompletedExceptionally();
    }
}
