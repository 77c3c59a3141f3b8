package org.policymonitor.alert.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Runs sends on a shared pool with at most {@code perSubscription} of them per subscription at once; the others
 * of that subscription wait here (not on a pool thread). One stalled receiver thus holds back only its own
 * subscription, never the pool. Plain Java, no framework.
 *
 * <p>A subscription counts as {@link #saturated()} — the worker leaves its due rows in the database — only once its
 * slots are all taken <em>and</em> {@code lookAhead} of its sends wait here: its next rows are claimed and assembled
 * while its sends run, so its slots never idle while a claim is under way (with no look-ahead, a busy subscription's
 * next claim began only when its last send ended: a pause after every claim, in which a backlog built up).
 */
final class SendDispatcher {

    private final Executor pool;
    private final int perSubscription;
    private final int lookAhead;
    private final LongConsumer unsaturated;
    private final Map<Long, Integer> running = new HashMap<>();
    private final Map<Long, Deque<Runnable>> waiting = new HashMap<>();
    private int pending;

    SendDispatcher(Executor pool, int perSubscription) {
        this(pool, perSubscription, 0, subscription -> {
        });
    }

    /**
     * @param lookAhead   sends of one subscription that may wait here before it counts as saturated
     * @param unsaturated told (outside the dispatcher's lock) when a subscription stops being saturated
     */
    SendDispatcher(Executor pool, int perSubscription, int lookAhead, LongConsumer unsaturated) {
        this.pool = pool;
        this.perSubscription = perSubscription;
        this.lookAhead = lookAhead;
        this.unsaturated = unsaturated;
    }

    /** Runs {@code send} now if its subscription has room, else after one of that subscription's sends ends. */
    void submit(long subscription, Runnable send) {
        synchronized (this) {
            pending++;
            if (running.getOrDefault(subscription, 0) >= perSubscription) {
                waiting.computeIfAbsent(subscription, k -> new ArrayDeque<>()).add(send);
                return;
            }
            running.merge(subscription, 1, Integer::sum);
        }
        start(subscription, send);
    }

    /**
     * Subscriptions whose send slots are all taken and whose look-ahead is full: claiming more of their deliveries now
     * would only hold them in memory.
     */
    synchronized Set<Long> saturated() {
        Set<Long> full = new HashSet<>();
        running.keySet().forEach(subscription -> {
            if (isSaturated(subscription)) {
                full.add(subscription);
            }
        });
        return full;
    }

    private boolean isSaturated(long subscription) {
        Deque<Runnable> queue = waiting.get(subscription);
        return running.getOrDefault(subscription, 0) >= perSubscription
                && (queue == null ? 0 : queue.size()) >= lookAhead;
    }

    /** Sends submitted and not finished yet (running or waiting). */
    synchronized int pending() {
        return pending;
    }

    private void start(long subscription, Runnable send) {
        try {
            pool.execute(() -> {
                try {
                    send.run();
                } finally {
                    finished(subscription);
                }
            });
        } catch (RuntimeException rejected) { // the pool is shut down: the application is stopping
            finished(subscription);
        }
    }

    private void finished(long subscription) {
        Runnable next;
        boolean freed;
        synchronized (this) {
            boolean wasSaturated = isSaturated(subscription);
            pending--;
            Deque<Runnable> queue = waiting.get(subscription);
            next = queue == null ? null : queue.poll();
            if (queue != null && queue.isEmpty()) {
                waiting.remove(subscription);
            }
            if (next == null) {
                running.computeIfPresent(subscription, (k, n) -> n <= 1 ? null : n - 1);
            }
            freed = wasSaturated && !isSaturated(subscription);
        }
        if (next != null) {
            start(subscription, next);
        }
        if (freed) {
            unsaturated.accept(subscription);
        }
    }
}
