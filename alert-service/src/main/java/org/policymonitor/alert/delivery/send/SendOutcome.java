package org.policymonitor.alert.delivery.send;

import java.time.Duration;

/**
 * How a send went: delivered; failed but worth retrying (timeouts, 5xx, 408, 429, SMTP down); or failed for good
 * (a 4xx that will not change, a rejected mailbox).
 *
 * @param retryAfter the receiver's Retry-After, when it gave one
 */
public record SendOutcome(Kind kind, Integer httpStatus, String error, Duration retryAfter) {

    public enum Kind { DELIVERED, RETRY, PERMANENT_FAILURE }

    public static SendOutcome delivered(Integer httpStatus) {
        return new SendOutcome(Kind.DELIVERED, httpStatus, null, null);
    }

    public static SendOutcome retry(Integer httpStatus, String error, Duration retryAfter) {
        return new SendOutcome(Kind.RETRY, httpStatus, error, retryAfter);
    }

    public static SendOutcome permanent(Integer httpStatus, String error) {
        return new SendOutcome(Kind.PERMANENT_FAILURE, httpStatus, error, null);
    }
}
