package org.policymonitor.platform.messaging;

import io.smallrye.reactive.messaging.kafka.fault.KafkaDeadLetterQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterHeadersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "REASON,               dead-letter-reason",
            "EXCEPTION_CLASS_NAME, dead-letter-exception-class-name",
            "CAUSE,                dead-letter-cause",
            "CAUSE_CLASS_NAME,     dead-letter-cause-class-name",
            "TOPIC,                dead-letter-topic",
            "PARTITION,            dead-letter-partition",
            "OFFSET,               dead-letter-offset",
    })
    void theNamesAreTheOnesSmallRyesDeadLetterQueueWrites(String constant, String name) throws Exception {
        assertThat(DeadLetterHeaders.class.getField(constant).get(null)).isEqualTo(name);
        assertThat(KafkaDeadLetterQueue.class.getField("DEAD_LETTER_" + constant).get(null)).isEqualTo(name);
    }

    @Test
    void aConsumedRecordKeepsItsHeadersAndGetsTheReasonTheFailureAndWhereItWas() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("policy.items.classified", 2, 417L, "key", "{}");
        record.headers().add("traceparent", "00-abc".getBytes(StandardCharsets.UTF_8));
        Exception failure = new IllegalArgumentException("not a valid ClassifiedItem: no id",
                new UncheckedIOException(new IOException("unexpected end of input")));

        Headers headers = DeadLetterHeaders.forRecord(record, "not a valid ClassifiedItem: no id", failure);

        assertThat(text(headers, "traceparent")).isEqualTo("00-abc");
        assertThat(text(headers, DeadLetterHeaders.REASON)).isEqualTo("not a valid ClassifiedItem: no id");
        assertThat(text(headers, DeadLetterHeaders.EXCEPTION_CLASS_NAME)).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(text(headers, DeadLetterHeaders.CAUSE_CLASS_NAME)).isEqualTo(UncheckedIOException.class.getName());
        assertThat(text(headers, DeadLetterHeaders.CAUSE)).contains("unexpected end of input");
        assertThat(text(headers, DeadLetterHeaders.TOPIC)).isEqualTo("policy.items.classified");
        assertThat(text(headers, DeadLetterHeaders.PARTITION)).isEqualTo("2");
        assertThat(text(headers, DeadLetterHeaders.OFFSET)).isEqualTo("417");
        assertThat(record.headers().toArray()).hasSize(1); // the consumed record itself is left alone
    }

    @Test
    void aRecordThatWasNeverWrittenHasItsTopicButNoCoordinatesAndNoCauseWhenThereIsNone() {
        Headers headers = new RecordHeaders();
        DeadLetterHeaders.addForUnwritten(headers, "policy.items.raw", "record too large for policy.items.raw",
                new RecordTooLargeException("The message is 2000000 bytes"));

        assertThat(text(headers, DeadLetterHeaders.REASON)).isEqualTo("record too large for policy.items.raw");
        assertThat(text(headers, DeadLetterHeaders.EXCEPTION_CLASS_NAME)).isEqualTo(RecordTooLargeException.class.getName());
        assertThat(text(headers, DeadLetterHeaders.TOPIC)).isEqualTo("policy.items.raw");
        assertThat(headers.lastHeader(DeadLetterHeaders.PARTITION)).isNull();
        assertThat(headers.lastHeader(DeadLetterHeaders.OFFSET)).isNull();
        assertThat(headers.lastHeader(DeadLetterHeaders.CAUSE)).isNull();
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
