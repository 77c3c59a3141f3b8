package org.policymonitor.ingest.poll;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.source.FailureReason;

import java.time.Instant;

/**
 * What one poll did — the answer of {@code POST /api/sources/{id}/poll}.
 *
 * @param outcome    polled, not_modified, failed, or skipped (another instance holds the source, or it is not due)
 * @param via        primary or fallback: which endpoint produced the items
 * @param found      items in the document
 * @param newItems   items published to Kafka by this poll
 * @param duplicates items already published before
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollReport(String sourceId, Outcome outcome, String via, boolean fetched, int found, int newItems,
                         int duplicates, int unparseableDates, FailureReason errorReason, String error,
                         SourceHealth health, Instant nextPollAt, long durationMillis) {

    /** What happened. */
    public enum Outcome {
        POLLED, NOT_MODIFIED, FAILED, SKIPPED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static PollReport skipped(String sourceId, String why) {
        return new PollReport(sourceId, Outcome.SKIPPED, null, false, 0, 0, 0, 0, null, why, null, null, 0);
    }
}
