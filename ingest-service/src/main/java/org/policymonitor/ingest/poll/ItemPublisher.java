package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;

import java.util.List;

/** Hands events to the broker and says which ones it acknowledged. */
public interface ItemPublisher {

    /**
     * Publishes the items (key = item id) and waits for the broker.
     *
     * @return the items the broker acknowledged, in order; the others were not published
     */
    List<FeedItem> publish(List<FeedItem> items);

    /** Publishes a health change (key = source id); false when the broker did not acknowledge it. */
    boolean publishStatus(SourceStatus status);
}
