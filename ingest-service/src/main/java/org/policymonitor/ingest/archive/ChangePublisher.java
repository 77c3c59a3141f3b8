package org.policymonitor.ingest.archive;

import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;

/** Hands the archive's findings to the broker and says whether it acknowledged them. */
public interface ChangePublisher {

    /** Publishes to {@code policy.items.changed} (key = item id); false when the broker did not acknowledge it. */
    boolean publishChange(ItemChange change);

    /**
     * Publishes the item's new version to {@code policy.items.raw} (key = item id) so that it is classified again;
     * false when the broker did not acknowledge it (an item it can never take goes to the dead-letter topic and
     * counts as published, as in a poll).
     */
    boolean republish(FeedItem item);
}
