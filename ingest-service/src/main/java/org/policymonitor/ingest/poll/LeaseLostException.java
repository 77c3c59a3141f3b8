package org.policymonitor.ingest.poll;

/**
 * The poller's lease on a source ran out before it could save (a long wait for its host can outlive it), so another
 * instance may be polling the source now: this poll must leave the state alone.
 * <p>
 * A save records a poll's items in several transactions ({@code StateStore.SAVE_CHUNK} each), each holding the lease,
 * so the lease can be found lost after some of them were committed: {@link #recorded()} says how many items were, and
 * {@link #sent()} how many the poll had sent to Kafka before saving — what the poll's report tells.
 */
public final class LeaseLostException extends RuntimeException {

    private final int sent;
    private final int recorded;

    public LeaseLostException(String sourceId, String owner) {
        this("the lease of " + owner + " on source " + sourceId + " ran out during the poll", 0, 0);
    }

    private LeaseLostException(String message, int sent, int recorded) {
        super(message);
        this.sent = sent;
        this.recorded = recorded;
    }

    /** The same loss, found after {@code recorded} items of the save had been recorded as published. */
    public LeaseLostException afterRecording(int recorded) {
        return new LeaseLostException(getMessage(), sent, recorded);
    }

    /** The same loss, found while saving a poll that had sent {@code sent} items to Kafka. */
    public LeaseLostException afterSending(int sent) {
        return new LeaseLostException(getMessage(), sent, recorded);
    }

    /** Items the poll sent to Kafka (published or dead-lettered) before the loss was found. */
    public int sent() {
        return sent;
    }

    /** Items of those recorded as published (in the save's transactions committed before the loss was found). */
    public int recorded() {
        return recorded;
    }
}
