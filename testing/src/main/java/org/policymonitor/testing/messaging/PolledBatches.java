package org.policymonitor.testing.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polled batches as SmallRye's Kafka connector builds them, for a consumer's unit test on the in-memory connector
 * (or of {@code BatchSettlement} alone), with a {@link Recorder} in place of the commit strategy and the failure
 * strategy: it records "ack 0@12" for a record whose offset would be committed and "dead-letter 0@11: reason" for
 * one the {@code dead-letter-queue} strategy would write to {@code <topic>.dlq}.
 */
public final class PolledBatches {

    private PolledBatches() {
    }

    /** What the commit and failure handlers were asked to do, in order: "ack 0@2", "dead-letter 1@5: reason". */
    public static class Recorder implements KafkaCommitHandler, KafkaFailureHandler {
        public final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
            events.add("ack " + record.getPartition() + "@" + record.getOffset());
            return Uni.createFrom().voidItem();
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            events.add("dead-letter " + record.getPartition() + "@" + record.getOffset() + ": " + reason.getMessage());
            return Uni.createFrom().voidItem();
        }

        /** The events that start with {@code prefix}. */
        public List<String> startingWith(String prefix) {
            synchronized (events) {
                return events.stream().filter(e -> e.startsWith(prefix)).toList();
            }
        }
    }

    /** A record of {@code topic} at this partition and offset. */
    public static ConsumerRecord<String, String> record(String topic, int partition, long offset, String key,
                                                        String value) {
        return new ConsumerRecord<>(topic, partition, offset, key, value);
    }

    /** A polled batch of these records (grouped by partition in the order given) of {@code channel}. */
    public static IncomingKafkaRecordBatch<String, String> batch(String channel, Recorder recorder,
                                                                 List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, List<ConsumerRecord<String, String>>> polled = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            polled.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), k -> new ArrayList<>()).add(r);
        }
        return new IncomingKafkaRecordBatch<>(new ConsumerRecords<>(polled, Map.of()), channel, -1, recorder, recorder,
                false, false);
    }
}
