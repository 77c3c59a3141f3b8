package org.policymonitor.ingest.archive;

import org.policymonitor.events.FeedItem;

import java.time.Instant;

/**
 * An article claimed for a re-check, as the archive holds it.
 *
 * @param currentVersion  the newest version number
 * @param lastText        the newest text version's text (what a new text is compared with)
 * @param currentHash     its hash
 * @param step            the step of the schedule this re-check is
 * @param item            the item as first published
 */
public record ArchivedArticle(String itemId, String sourceId, String link, Instant firstSeen, int currentVersion,
                              String lastText, String currentHash, boolean removed, int consecutiveGone, int step,
                              FeedItem item) {
}
