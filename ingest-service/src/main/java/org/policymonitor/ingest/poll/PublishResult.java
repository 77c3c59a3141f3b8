package org.policymonitor.ingest.poll;

import org.policymonitor.events.FeedItem;

import java.util.ArrayList;
import java.util.List;

/**
 * What the broker took of a batch of items: published on the items topic, or — items it can never take (too large)
 * — on the dead-letter topic with the reason. Both are settled and remembered; any other item was not acknowledged
 * and is published on a later poll.
 */
public record PublishResult(List<FeedItem> published, List<DeadLetter> deadLettered) {

    public static final PublishResult NONE = new PublishResult(List.of(), List.of());

    public PublishResult {
        published = List.copyOf(published);
        deadLettered = List.copyOf(deadLettered);
    }

    /** Everything the broker acknowledged, on either topic. */
    public List<FeedItem> settled() {
        List<FeedItem> all = new ArrayList<>(published);
        deadLettered.forEach(d -> all.add(d.item()));
        return all;
    }

    /** An item sent to the dead-letter topic, and why. */
    public record DeadLetter(FeedItem item, String reason) {
    }
}
