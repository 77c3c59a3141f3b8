package org.policymonitor.alert.ingest;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.policymonitor.events.Topics;

import java.nio.charset.StandardCharsets;

/**
 * Sends poison records to {@code <topic>.dlq} with the original key and value and the reason in headers
 * (the header names SmallRye's own dead-letter strategy uses), and waits for the broker's acknowledgement
 * before the consumer commits past the record — so nothing vanishes.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Channel("classified-dlq")
    MutinyEmitter<String> classifiedDlq;

    @Inject
    @Channel("status-dlq")
    MutinyEmitter<String> statusDlq;

    public void send(ConsumerRecord<String, String> record, Throwable error) {
        String reason = Failures.describe(error);
        LOG.warnf("dead-lettering %s-%d@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                record.key(), reason);
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        headers.add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-cause", error.getClass().getName().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.key())
                        .withHeaders(headers)
                        .build());
        MutinyEmitter<String> emitter = Topics.SOURCES_STATUS.equals(record.topic()) ? statusDlq : classifiedDlq;
        emitter.sendMessageAndAwait(message);
    }
}
