package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;

import java.util.List;

/** Hands events to the broker and says which ones it acknowledged. */
public interface ItemPublisher {

    /**
     * Publishes the items (key = item id) and waits for the broker. An item the broker can never take (too large)
     * goes to the dead-letter topic instead and does not stop the others.
     *
     * @return the items the broker acknowledged, in order, and those it dead-lettered; the others were not published
     */
    PublishResult publish(List<FeedItem> items);

    /** Publishes a health change (key = source id); false when the broker did not acknowledge it. */
    boolean publishStatus(SourceStatus status);
}
