package org.policymonitor.ingest.poll;

import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.fetch.Validators;
import org.policymonitor.ingest.source.FailureReason;

import java.time.Instant;

/**
 * What is remembered of a source between polls (stored in PostgreSQL, table {@code source_state}).
 *
 * @param validatorUrl       the URL the validators belong to (primary and fallback have their own answers)
 * @param healthPublished    whether the current health was acknowledged by Kafka (else it is re-sent)
 * @param trackedSince       when the source was first seen; the start of its silence when nothing ever arrived
 */
public record SourceState(String sourceId, SourceHealth health, String healthReason, Instant healthSince,
                          boolean healthPublished, Validators validators, String validatorUrl, Instant lastPolledAt,
                          Instant lastSuccessAt, Instant lastNewItemAt, FailureReason lastErrorReason,
                          String lastError, Instant lastErrorAt, int consecutiveFailures, Instant nextPollAt,
                          long polls, long failures, long itemsPublished, long duplicates, long unparseableDates,
                          Instant trackedSince) {

    public static SourceState initial(String sourceId, Instant now) {
        return new SourceState(sourceId, SourceHealth.UNKNOWN, null, now, true, Validators.NONE, null, null, null,
                null, null, null, null, 0, null, 0, 0, 0, 0, 0, now);
    }

    public SourceState withHealth(SourceHealth h, String reason, Instant since, boolean published) {
        return new SourceState(sourceId, h, reason, since, published, validators, validatorUrl, lastPolledAt,
                lastSuccessAt, lastNewItemAt, lastErrorReason, lastError, lastErrorAt, consecutiveFailures,
                nextPollAt, polls, failures, itemsPublished, duplicates, unparseableDates, trackedSince);
    }
}
