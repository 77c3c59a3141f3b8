package org.policymonitor.ingest.messaging;

import org.apache.kafka.common.header.Headers;

import java.util.concurrent.CompletionStage;

/**
 * Hands one record to Kafka. The stage completes when the broker acknowledged the record and fails with the reason
 * when it did not (the record's own fault, such as {@code RecordTooLargeException}, or the broker's: a timeout).
 */
@FunctionalInterface
public interface RecordSender {

    CompletionStage<Void> send(String topic, String key, String value, Headers headers);
}
