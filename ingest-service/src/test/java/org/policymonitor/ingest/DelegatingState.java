package org.policymonitor.ingest;

import org.policymonitor.events.FeedItem;
import org.policymonitor.ingest.poll.FullTextTally;
import org.policymonitor.ingest.poll.SourceState;
import org.policymonitor.ingest.poll.StateRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A poller's state that is the service's store, for a test to inject a fault or a pause into one call: every call
 * goes to the store, a subclass overrides the one it breaks (a release that fails while "the database is down", a
 * load that waits for another poll). All calls delegate, the interface's defaults too, so a test breaks only what it
 * names.
 */
public class DelegatingState implements StateRepository {

    private final StateRepository store;

    public DelegatingState(StateRepository store) {
        this.store = store;
    }

    @Override
    public boolean claim(String sourceId, String owner, Duration ttl, boolean ignoreSchedule) {
        return store.claim(sourceId, owner, ttl, ignoreSchedule);
    }

    @Override
    public void release(String sourceId, String owner) {
        store.release(sourceId, owner);
    }

    @Override
    public boolean renew(String sourceId, String owner, Duration ttl) {
        return store.renew(sourceId, owner, ttl);
    }

    @Override
    public SourceState load(String sourceId) {
        return store.load(sourceId);
    }

    @Override
    public Set<String> published(Collection<String> itemIds) {
        return store.published(itemIds);
    }

    @Override
    public Map<String, String> publishedLinks(Collection<String> itemIds) {
        return store.publishedLinks(itemIds);
    }

    @Override
    public void save(String owner, SourceState state, List<FeedItem> acknowledged) {
        store.save(owner, state, acknowledged);
    }

    @Override
    public void recordError(String sourceId, String reason, String message, String url) {
        store.recordError(sourceId, reason, message, url);
    }

    @Override
    public void recordFullText(String sourceId, FullTextTally tally, Instant at) {
        store.recordFullText(sourceId, tally, at);
    }

    @Override
    public void recordGap(String sourceId, String reason, String message, String lastPage, int pagesRead, Instant at) {
        store.recordGap(sourceId, reason, message, lastPage, pagesRead, at);
    }
}
