package org.policymonitor.ingest.source;

import java.time.Duration;

/** A poll of a source failed for a {@link FailureReason}, with a message an operator understands. */
public class SourceFailure extends Exception {

    private final FailureReason reason;
    private final transient Duration retryAfter;
    private final int httpStatus;
    /** The start of the HTML page an error answer came with (403, 503), or null; its Content-Type. */
    private final transient byte[] answerPage;
    private final transient String answerContentType;

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
        this(reason, message, retryAfter, httpStatus, null, null);
    }

    private SourceFailure(FailureReason reason, String message, Duration retryAfter, int httpStatus, byte[] answerPage,
                          String answerContentType) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
        this.answerPage = answerPage;
        this.answerContentType = answerContentType;
    }

    /**
     * The same failure with the HTML page the error answer came with: a site's bot check answers 403 or 503 with a
     * page that says what it is, read where pages are ({@code parse.ErrorAnswerPage}), which the fetch cannot import.
     */
    public SourceFailure withAnswerPage(byte[] page, String contentType) {
        return new SourceFailure(reason, getMessage(), retryAfter, httpStatus, page, contentType);
    }

    public SourceFailure(FailureReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.retryAfter = null;
        this.httpStatus = 0;
        this.answerPage = null;
        this.answerContentType = null;
    }

    /** The HTTP status of an error answer, 0 when the failure was not an answer (timeout, refused, parse error). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The start of the HTML page an error answer came with, or null ({@link #withAnswerPage}). */
    public byte[] answerPage() {
        return answerPage;
    }

    /** The Content-Type of {@link #answerPage()}, or null. */
    public String answerContentType() {
        return answerContentType;
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
