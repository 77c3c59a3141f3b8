package org.policymonitor.alert.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.policymonitor.events.Topics;
import org.policymonitor.platform.messaging.DeadLetterHeaders;
import org.policymonitor.platform.retry.Failures;

/**
 * Sends poison records to {@code <topic>.dlq} with the original key and value and the reason in headers
 * (platform's {@link DeadLetterHeaders}: the names SmallRye's own dead-letter strategy uses), and waits for the
 * broker's acknowledgement before the consumer commits past the record — so nothing vanishes.
 */
@ApplicationScoped
@Startup // its counters exist (at 0) from the start, so that "dead letters appearing" can be alerted on
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    @Channel("classified-dlq")
    MutinyEmitter<String> classifiedDlq;

    @Inject
    @Channel("status-dlq")
    MutinyEmitter<String> statusDlq;

    @Inject
    @Channel("changes-dlq")
    MutinyEmitter<String> changesDlq;

    @Inject
    RetryingExecutor retrying;
    @Inject
    MeterRegistry registry;

    @PostConstruct
    void registerCounters() {
        for (String channel : ConsumerWaits.CHANNELS) {
            registry.counter("policy.alert.dead.letters", "channel", channel);
        }
    }

    public void send(ConsumerRecord<String, String> record, Throwable error) {
        String reason = Failures.describe(error);
        LOG.warnf("dead-lettering %s-%d@%d (key %s): %s", record.topic(), record.partition(), record.offset(),
                record.key(), reason);
        Headers headers = DeadLetterHeaders.forRecord(record, reason, error);
        Message<String> message = Message.of(record.value() == null ? "" : record.value())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record.key())
                        .withHeaders(headers)
                        .build());
        boolean status = Topics.SOURCES_STATUS.equals(record.topic());
        boolean change = Topics.ITEMS_CHANGED.equals(record.topic());
        MutinyEmitter<String> emitter = status ? statusDlq : change ? changesDlq : classifiedDlq;
        // the broker may be away (the producer gives up after its delivery timeout): wait for it rather than fail the
        // channel or skip the record; only a record the broker can never take is given up, loudly
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        String channel = status ? SourceStatusConsumer.CHANNEL
                : change ? ItemChangeConsumer.CHANNEL : ClassifiedItemConsumer.CHANNEL;
        registry.counter("policy.alert.dead.letters", "channel", channel).increment();
        try {
            retrying.run(channel, "the broker",
                    "dead-lettering " + where, () -> {
                        emitter.sendMessageAndAwait(message);
                        return null;
                    }, e -> !(rootCause(e) instanceof RecordTooLargeException));
        } catch (RetryingExecutor.Stopping stopping) {
            throw stopping;
        } catch (RuntimeException tooLarge) {
            // it fitted in the topic it came from, so this needs a broker whose limits differ between topics
            LOG.errorf("%s could not be dead-lettered and is skipped (it stays in %s until retention removes it): %s",
                    where, record.topic(), Failures.describe(tooLarge));
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
