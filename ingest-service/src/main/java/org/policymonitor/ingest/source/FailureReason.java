package org.policymonitor.ingest.source;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Why a poll of a source failed: a small closed set, so metrics and alerts can group by it. */
public enum FailureReason {
    /** The server answered an error status (4xx/5xx). */
    HTTP_STATUS,
    /** Connecting or reading took longer than the configured timeout. */
    TIMEOUT,
    /** DNS, refused connection, TLS or another I/O failure. */
    CONNECTION,
    /** The body was larger than the configured maximum. */
    TOO_LARGE,
    /** The body was empty or too small to be a feed or a listing. */
    EMPTY_BODY,
    /** A feed was expected but the body is something else (usually an HTML page). */
    NOT_A_FEED,
    /** The document declared a DOCTYPE: refused, so no external entity or entity expansion is ever processed. */
    REFUSED,
    /** The document could not be parsed (truncated or malformed XML, a listing whose selectors match nothing). */
    PARSE_ERROR,
    /** Too many redirects, or a redirect to something that is not http(s). */
    REDIRECT,
    /** The items could not be handed to Kafka; they are published on a later poll. */
    PUBLISH;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
