package org.policymonitor.ingest.source;

/** A poll of a source failed for a {@link FailureReason}, with a message an operator understands. */
public class SourceFailure extends Exception {

    private final FailureReason reason;
    private final transient java.time.Duration retryAfter;

    public SourceFailure(FailureReason reason, String message) {
        this(reason, message, (java.time.Duration) null);
    }

    /** @param retryAfter how long the server asked us to wait (Retry-After on 429/503), or null */
    public SourceFailure(FailureReason reason, String message, java.time.Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public SourceFailure(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = null;
    }

    /** How long the server asked us to wait, or null. */
    public java.time.Duration retryAfter() {
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
