package org.policymonitor.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A change of a source's health, as published to {@code policy.sources.status} (key = source id).
 *
 * @param reason   why, in words an operator understands ("HTTP 404", "timeout after 20s", "not a feed: got text/html")
 * @param since    when the source entered this state
 * @param failures consecutive failed polls
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceStatus(
        int schemaVersion,
        String sourceId,
        String sourceName,
        SourceHealth health,
        SourceHealth previousHealth,
        String reason,
        Instant since,
        Instant changedAt,
        int failures,
        Instant lastSuccessAt) {

    public static final int SCHEMA_VERSION = 1;

    public SourceStatus(String sourceId, String sourceName, SourceHealth health, SourceHealth previousHealth,
                        String reason, Instant since, Instant changedAt, int failures, Instant lastSuccessAt) {
        this(SCHEMA_VERSION, sourceId, sourceName, health, previousHealth, reason, since, changedAt, failures,
                lastSuccessAt);
    }
}
