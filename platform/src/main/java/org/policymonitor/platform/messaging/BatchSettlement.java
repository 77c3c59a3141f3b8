package org.policymonitor.platform.messaging;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * When to acknowledge the records of one polled batch. In batch mode the throttled commit strategy tracks only the
 * last record of each partition, and acknowledging it commits every earlier offset of that partition. So that record
 * is settled last: acked when its own outcome and those of all earlier records of its partition are final (classified
 * record on the broker, or dead-lettered), nacked into the dead-letter topic if it is itself poison. An earlier
 * record is only ever nacked (when poison: the failure strategy writes it to the dead-letter topic); acking it would
 * add nothing, as nothing tracks it.
 *
 * <p>The one way every service settles a polled batch (the classifier's items, alert's three consumers), with the
 * channel's {@code dead-letter-queue} failure strategy writing a nacked record to {@code <topic>.dlq} with the
 * {@link DeadLetterHeaders}. Works with the {@code throttled} and the {@code latest} commit strategy: either commits a
 * partition up to the record acked last.
 */
public final class BatchSettlement {

    /** A record and the outcome of publishing it: completes when published, fails with why it is dead-lettered. */
    public record Pending(KafkaRecord<?, ?> record, CompletionStage<Void> outcome) {
    }

    private BatchSettlement() {
    }

    /** Completes when every record of the batch is settled; fails if one could not be (then nothing is committed). */
    public static CompletionStage<Void> settle(KafkaRecordBatch<?, ?> batch, List<Pending> pending) {
        Map<TopicPartition, ? extends KafkaRecord<?, ?>> latest = batch.getLatestOffsetRecords();
        Map<TopicPartition, List<CompletableFuture<Void>>> earlier = new LinkedHashMap<>();
        Map<TopicPartition, Pending> last = new LinkedHashMap<>();
        for (Pending p : pending) {
            TopicPartition partition = new TopicPartition(p.record().getTopic(), p.record().getPartition());
            // the batch names the very record instance of each partition that it tracks for the commit
            if (latest.get(partition) == p.record()) {
                last.put(partition, p);
            } else {
                earlier.computeIfAbsent(partition, k -> new ArrayList<>()).add(
                        p.outcome().handle((ok, failure) -> failure == null
                                ? CompletableFuture.<Void>completedFuture(null)
                                : p.record().nack(cause(failure))).thenCompose(s -> s).toCompletableFuture());
            }
        }
        List<CompletableFuture<Void>> settled = new ArrayList<>();
        last.forEach((partition, p) -> settled.add(CompletableFuture
                .allOf(earlier.getOrDefault(partition, List.of()).toArray(CompletableFuture[]::new))
                .thenCompose(done -> p.outcome().handle((ok, failure) -> failure == null
                        ? p.record().ack()
                        : p.record().nack(cause(failure))).thenCompose(s -> s))));
        // records of a partition the batch does not name as latest (never the case with Kafka): settled as earlier
        earlier.forEach((partition, futures) -> {
            if (!last.containsKey(partition)) {
                settled.addAll(futures);
            }
        });
        return CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new));
    }

    /** The reason itself, not the wrapper a dependent stage adds: it becomes the dead-letter-reason header. */
    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
