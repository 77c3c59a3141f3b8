package org.policymonitor.ingest.source;

import java.time.Duration;

/** A poll of a source failed for a {@link FailureReason}, with a message an operator understands. */
public class SourceFailure extends Exception {

    private final FailureReason reason;
    private final transient Duration retryAfter;
    private final int httpStatus;

    public SourceFailure(FailureReason reason, String message) {
        this(reason, message, (Duration) null);
    }

    /** @param retryAfter how long the server asked us to wait (Retry-After on 429/503), or null */
    public SourceFailure(FailureReason reason, String message, Duration retryAfter) {
        this(reason, message, retryAfter, 0);
    }

    /**
     * @param httpStatus the status the server answered (an article reader tells 404/410 "gone" from a 5xx "try
     *                   later", a robots.txt reader 4xx "no rules" from 5xx "disallowed for now"), 0 when none
     */
    public SourceFailure(FailureReason reason, String message, Duration retryAfter, int httpStatus) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
    }

    public SourceFailure(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = null;
        this.httpStatus = 0;
    }

    /** The HTTP status of an error answer, 0 when the failure was not an answer (timeout, refused, parse error). */
    public int httpStatus() {
        return httpStatus;
    }

    /** How long the server asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public FailureReason reason() {
        return reason;
    }

    /** "http_status: HTTP 404 Not Found" — the line shown in the API, logs and status events. */
    public String describe() {
        return reason.wire() + ": " + getMessage();
    }
}
