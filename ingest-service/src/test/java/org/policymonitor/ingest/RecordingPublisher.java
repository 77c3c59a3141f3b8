package org.policymonitor.ingest;

import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.ingest.poll.ItemPublisher;
import org.policymonitor.ingest.poll.PublishResult;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A publisher (the service's, usually) that keeps the items a poll hands it, in order, for a test to look at. */
public final class RecordingPublisher implements ItemPublisher {

    private final ItemPublisher delegate;
    private final List<FeedItem> handed = new CopyOnWriteArrayList<>();

    public RecordingPublisher(ItemPublisher delegate) {
        this.delegate = delegate;
    }

    @Override
    public PublishResult publish(List<FeedItem> items) {
        handed.addAll(items);
        return delegate.publish(items);
    }

    @Override
    public boolean publishStatus(SourceStatus status) {
        return delegate.publishStatus(status);
    }

    /** The links of the items handed over, in order. */
    public List<String> links() {
        return handed.stream().map(FeedItem::link).toList();
    }

    /** The ids of the items handed over, in order. */
    public List<String> ids() {
        return handed.stream().map(FeedItem::id).toList();
    }

    /** Forgets what was handed over so far. */
    public void clear() {
        handed.clear();
    }
}
