package org.policymonitor.ingest.poll;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceFailure;

import java.time.Instant;
import java.util.Locale;

/**
 * What one poll did — the answer of {@code POST /api/sources/{id}/poll}. Built once per poll by the factory that
 * names its outcome ({@link #polled}, {@link #notModified}, {@link #failed}, {@link #skipped}); only the duration is
 * added afterwards, when the poll is over.
 *
 * @param outcome    polled, not_modified, failed, or skipped (another instance holds the source, or it is not due,
 *                   or the lease ran out during the poll: {@link #leaseLost})
 * @param via        primary or fallback: which endpoint produced the items
 * @param found      items in the document
 * @param newItems   items published to Kafka by this poll
 * @param duplicates items already published before
 * @param pages      pages of the listing or feed read (more than 1 when its next pages were followed); null unless
 *                   the poll read a document
 * @param gap        why items may have been missed between polls ({@code page_limit}, {@code no_next_page},
 *                   {@code other_site}, {@code loop}, {@code page_failed}; the words are in {@code error}), or null
 * @param leaseLoss  what the poll had done when it found its lease lost ({@link #leaseLost}), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PollReport(String sourceId, Outcome outcome, String via, boolean fetched, int found, int newItems,
                         int duplicates, int unparseableDates, FailureReason errorReason, String error,
                         SourceHealth health, Instant nextPollAt, long durationMillis, Integer pages, String gap,
                         LeaseLoss leaseLoss) {

    /** What happened. */
    public enum Outcome {
        POLLED, NOT_MODIFIED, FAILED, SKIPPED;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What a fetched document held for this poll.
     *
     * @param found      items in the document
     * @param published  items the broker took (newly published)
     * @param duplicates items already published before
     */
    public record Items(int found, int published, int duplicates, int unparseableDates) {

        public static final Items NONE = new Items(0, 0, 0, 0);
    }

    /**
     * What a poll that lost its lease had done: the items it sent to Kafka, and how many of them the save's
     * transactions committed before the loss recorded as published. The others are published again by the next poll.
     */
    public record LeaseLoss(int sent, int recorded) {

        /** Items sent but not recorded: the next poll, which reads the whole document, publishes them again. */
        public int publishedAgain() {
            return sent - recorded;
        }
    }

    /** The document was read and its new items published. */
    static PollReport polled(String sourceId, String via, Items items, String note, SourceHealth health,
                             Instant nextPollAt) {
        return new PollReport(sourceId, Outcome.POLLED, via, true, items.found(), items.published(),
                items.duplicates(), items.unparseableDates(), null, note, health, nextPollAt, 0, null, null, null);
    }

    /** The server answered 304: nothing to read. */
    static PollReport notModified(String sourceId, String via, String note, SourceHealth health, Instant nextPollAt) {
        return new PollReport(sourceId, Outcome.NOT_MODIFIED, via, true, 0, 0, 0, 0, null, note, health, nextPollAt,
                0, null, null, null);
    }

    /**
     * @param fetched whether a document arrived before the failure
     * @param items   what the document held when the failure came after reading it (e.g. the broker did not take
     *                everything), else {@link Items#NONE}
     */
    static PollReport failed(String sourceId, String via, boolean fetched, Items items, SourceFailure failure,
                             SourceHealth health, Instant nextPollAt) {
        return new PollReport(sourceId, Outcome.FAILED, via, fetched, items.found(), items.published(),
                items.duplicates(), items.unparseableDates(), failure.reason(), failure.getMessage(), health,
                nextPollAt, 0, null, null, null);
    }

    static PollReport skipped(String sourceId, String why) {
        return new PollReport(sourceId, Outcome.SKIPPED, null, false, 0, 0, 0, 0, null, why, null, null, 0, null,
                null, null);
    }

    /**
     * The lease on the source ran out during the poll: skipped as far as the source's state goes (not saved), though
     * new items may have gone to Kafka before ({@code loss.sent()}, the report's {@code newItems}; {@code why} says
     * how many of them were recorded, as {@code loss} does).
     */
    static PollReport leaseLost(String sourceId, LeaseLoss loss, String why) {
        return new PollReport(sourceId, Outcome.SKIPPED, null, loss.sent() > 0, 0, loss.sent(), 0, 0, null, why,
                null, null, 0, null, null, loss);
    }

    /** The same report with how long the poll took. */
    PollReport tookMillis(long millis) {
        return new PollReport(sourceId, outcome, via, fetched, found, newItems, duplicates, unparseableDates,
                errorReason, error, health, nextPollAt, millis, pages, gap, leaseLoss);
    }

    /** The same report with the pages read and the gap's reason (null: none). */
    PollReport withPages(int pagesRead, String gapReason) {
        return new PollReport(sourceId, outcome, via, fetched, found, newItems, duplicates, unparseableDates,
                errorReason, error, health, nextPollAt, durationMillis, pagesRead, gapReason, leaseLoss);
    }
}
