package org.policymonitor.ingest.poll;

/**
 * The poller's lease on a source ran out before it could save (a long wait for its host can outlive it), so another
 * instance may be polling the source now: this poll must leave the state alone.
 */
public final class LeaseLostException extends RuntimeException {

    public LeaseLostException(String sourceId, String owner) {
        super("the lease of " + owner + " on source " + sourceId + " ran out during the poll");
    }
}
