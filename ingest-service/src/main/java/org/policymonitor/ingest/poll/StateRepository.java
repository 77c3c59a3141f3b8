package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persistent state the poller needs; implemented on PostgreSQL, shared by every ingest instance. A lease's
 * {@code owner} is its holder: one poll of one instance ({@link LeaseHolder}), so that two polls of the same instance
 * never release, renew or save on each other's lease.
 */
public interface StateRepository {

    /**
     * Claims the right to poll a source now, for at most {@code ttl}: succeeds only when no other owner holds an
     * unexpired lease and — unless {@code ignoreSchedule} — the source is due.
     */
    boolean claim(String sourceId, String owner, Duration ttl, boolean ignoreSchedule);

    void release(String sourceId, String owner);

    /**
     * Extends the owner's lease by {@code ttl} from now, if the owner still holds it.
     *
     * @return false when the lease ran out (or another owner holds it): the caller must not publish or save
     */
    boolean renew(String sourceId, String owner, Duration ttl);

    SourceState load(String sourceId);

    /** The ids among {@code itemIds} that were already published. */
    Set<String> published(Collection<String> itemIds);

    /** The ids among {@code itemIds} that were already published, each with the (canonical) link it was published with. */
    default Map<String, String> publishedLinks(Collection<String> itemIds) {
        Map<String, String> links = new HashMap<>();
        published(itemIds).forEach(id -> links.put(id, null));
        return links;
    }

    /**
     * Stores the state after a poll and the items the broker acknowledged, provided {@code owner} still holds the
     * source's lease. The items may be recorded in several transactions, the state with the last of them.
     *
     * @throws LeaseLostException when it does not: the state is not stored, nor the items of the transactions not yet
     *                            committed ({@link LeaseLostException#recorded()} says how many were)
     */
    void save(String owner, SourceState state, List<FeedItem> acknowledged);

    /** Keeps the error in the source's recent errors. */
    void recordError(String sourceId, String reason, String message, String url);

    /** Adds a poll's article reads to the source's full-text counts and keeps its last failure, if any. */
    default void recordFullText(String sourceId, FullTextTally tally, Instant at) {
    }

    /**
     * Keeps the source's latest gap (items may have been missed between two polls) and counts it.
     *
     * @param reason    a {@code PageFollower.GapReason} in wire form
     * @param lastPage  the last page the poll read
     * @param pagesRead pages the poll read
     */
    default void recordGap(String sourceId, String reason, String message, String lastPage, int pagesRead,
                           Instant at) {
    }
}
