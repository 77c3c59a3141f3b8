package org.policymonitor.classifier.engine;

import jakarta.enterprise.context.ApplicationScoped;
import org.policymonitor.classifier.config.RulesConfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** The last N items classified from the feed, on which a candidate rule is previewed before it goes live. */
@ApplicationScoped
public class RecentItems {

    private final int capacity;
    private final Deque<ItemText> items = new ArrayDeque<>();

    public RecentItems(RulesConfig config) {
        this.capacity = Math.max(0, config.recentItems());
    }

    public synchronized void add(ItemText item) {
        if (capacity == 0) {
            return;
        }
        if (items.size() == capacity) {
            items.removeFirst();
        }
        items.addLast(item);
    }

    /** Newest first. */
    public synchronized List<ItemText> snapshot() {
        List<ItemText> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }
}
