package org.policymonitor.ingest.messaging;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends through a SmallRye Kafka channel. The topic and key travel in the record's metadata, so that one channel
 * (one producer, as before) carries the items, their dead letters, the health changes and the archive's changes.
 * The Kafka sink acknowledges a message once the broker acknowledged the record ({@code acks=all}) and nacks it with
 * the producer's exception otherwise; {@code sendMessage} turns both into the returned stage.
 */
public final class EmitterRecordSender implements RecordSender {

    private final MutinyEmitter<String> emitter;

    public EmitterRecordSender(MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    @Override
    public CompletionStage<Void> send(String topic, String key, String value, Headers headers) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers).build();
        try {
            return emitter.sendMessage(Message.of(value).addMetadata(metadata)).subscribeAsCompletionStage();
        } catch (RuntimeException e) {
            // the emitter's buffer is full or the channel is down: not published, like a broker that did not answer
            return CompletableFuture.failedFuture(e);
        }
    }
}
