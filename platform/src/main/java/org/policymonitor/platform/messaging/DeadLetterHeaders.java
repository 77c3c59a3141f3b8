package org.policymonitor.platform.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;

/**
 * The one dead-letter convention: a poison record goes to {@code <topic>.dlq} (events {@code Topics.deadLetter})
 * with its key and value and these headers — the names and meanings SmallRye's own {@code dead-letter-queue}
 * failure strategy writes (the classifier uses it), so that whoever reads any {@code .dlq} topic finds the same:
 * <ul>
 *   <li>{@value #REASON}: what was wrong, for a person (the failure's message or a description of it);</li>
 *   <li>{@value #EXCEPTION_CLASS_NAME}: the failure's class;</li>
 *   <li>{@value #CAUSE} and {@value #CAUSE_CLASS_NAME}: the message and class of its cause, when it has one;</li>
 *   <li>{@value #TOPIC}, {@value #PARTITION}, {@value #OFFSET}: where the record was. A record that never reached
 *       its topic (the broker refused it) has the topic only.</li>
 *   <li>{@value #TRUNCATED}: the value was cut short to fit in one request ({@link DeadLetterSerializer}); this is its
 *       full size in bytes.</li>
 * </ul>
 * A service may add headers of its own under the same prefix (ingest: {@code dead-letter-source}).
 */
public final class DeadLetterHeaders {

    public static final String REASON = "dead-letter-reason";
    public static final String EXCEPTION_CLASS_NAME = "dead-letter-exception-class-name";
    public static final String CAUSE = "dead-letter-cause";
    public static final String CAUSE_CLASS_NAME = "dead-letter-cause-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String TRUNCATED = "dead-letter-payload-truncated";

    private DeadLetterHeaders() {
    }

    /** The consumed record's own headers, then the convention's: reason, failure, cause and coordinates. */
    public static Headers forRecord(ConsumerRecord<?, ?> record, String reason, Throwable failure) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(headers::add);
        addFailure(headers, reason, failure);
        add(headers, TOPIC, record.topic());
        add(headers, PARTITION, String.valueOf(record.partition()));
        add(headers, OFFSET, String.valueOf(record.offset()));
        return headers;
    }

    /** Adds reason, failure and cause, and the topic the record was meant for, to a record that was never written. */
    public static void addForUnwritten(Headers headers, String topic, String reason, Throwable failure) {
        addFailure(headers, reason, failure);
        add(headers, TOPIC, topic);
    }

    /** Adds a header as UTF-8 text (how every dead-letter header is written). */
    public static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void addFailure(Headers headers, String reason, Throwable failure) {
        add(headers, REASON, reason);
        add(headers, EXCEPTION_CLASS_NAME, failure.getClass().getName());
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            add(headers, CAUSE_CLASS_NAME, cause.getClass().getName());
            add(headers, CAUSE, cause.getMessage() == null ? cause.toString() : cause.getMessage());
        }
    }
}
