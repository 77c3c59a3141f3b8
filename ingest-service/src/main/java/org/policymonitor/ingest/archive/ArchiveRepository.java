package org.policymonitor.ingest.archive;

import org.policymonitor.events.FeedItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Where the archive lives (PostgreSQL in the service, shared by every instance). */
public interface ArchiveRepository {

    /**
     * Records version 1 of an article, once: an item already archived (published again after a crash, or by a
     * racing instance) is left as it is.
     *
     * @return true when it was new
     */
    boolean archive(FeedItem item, String text, String hash, Instant firstSeen, Instant firstRecheckAt);

    /**
     * Claims, for {@code lease}, up to {@code batch} articles whose re-check is due at {@code now} and that no other
     * instance holds — at most {@code perHost} of one host, the longest overdue first.
     */
    List<ArchivedArticle> claimDue(String owner, Instant now, int batch, int perHost, Duration lease);

    /**
     * Extends, to {@code lease} from now, the lease of those of {@code itemIds} that {@code owner} still holds (not
     * saved or released yet, not run out): a running cycle keeps its claims.
     *
     * @return how many were renewed
     */
    int renew(String owner, List<String> itemIds, Duration lease);

    /**
     * Saves a re-check (the new version, if any, and the schedule) and releases the article.
     *
     * @return false when the article is no longer this owner's (its lease ran out and another instance took it)
     */
    boolean save(String owner, RecheckResult result);

    /** Releases the article unchanged: it stays due and is tried again on the next cycle. */
    void release(String owner, String itemId);

    /** Articles whose re-check is due at {@code now} (the backlog). */
    long due(Instant now);
}
