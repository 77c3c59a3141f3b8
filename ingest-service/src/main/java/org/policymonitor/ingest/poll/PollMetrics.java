package org.policymonitor.ingest.poll;

import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.source.FailureReason;

import java.time.Duration;
import java.time.Instant;

/** What the poller reports to monitoring (Micrometer in the service). */
public interface PollMetrics {

    PollMetrics NONE = new PollMetrics() {
    };

    default void polled(String sourceId, PollReport.Outcome outcome) {
    }

    default void failed(String sourceId, FailureReason reason) {
    }

    default void items(String sourceId, int newItems, int duplicates, int unparseableDates) {
    }

    default void fetched(String sourceId, Duration latency) {
    }

    default void succeeded(String sourceId, Instant at) {
    }

    default void health(String sourceId, SourceHealth health) {
    }

    /** Items not published because an earlier item of the same document has their id (a repeated guid or link). */
    default void repeated(String sourceId, int items) {
    }

    /** Items sent to the dead-letter topic (the broker can never take them). */
    default void deadLettered(String sourceId, int items) {
    }

    /** Items the broker did not acknowledge (published on a later poll). */
    default void publishFailed(String sourceId, int items) {
    }

    /** A poll found its lease on the source gone and did not save the source's state (nor its items, unless some were recorded before). */
    default void leaseLost(String sourceId) {
    }

    /** A full-text item was published with its article's main text. */
    default void fullTextRead(String sourceId) {
    }

    /** A full-text item was published without its article's text, for an {@code ArticleFailure} reason. */
    default void fullTextFailed(String sourceId, String reason) {
    }

    /** Pages of a listing or paged feed read beyond the first, because all items before them were new. */
    default void pagesFollowed(String sourceId, int pages) {
    }

    /** Items may have been missed between two polls ({@code PageFollower.GapReason}, in wire form). */
    default void gap(String sourceId, String reason) {
    }
}
