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
 */
final class SendDispatcher {

    private final Executor pool;
    private final int perSubscription;
    private final LongConsumer slotFreed;
    private final Map<Long, Integer> running = new HashMap<>();
    private final Map<Long, Deque<Runnable>> waiting = new HashMap<>();
    private int pending;

    SendDispatcher(Executor pool, int perSubscription) {
        this(pool, perSubscription, subscription -> {
        });
    }

    /** @param slotFreed told (outside the dispatcher's lock) when a subscription's send ends and none of its waits */
    SendDispatcher(Executor pool, int perSubscription, LongConsumer slotFreed) {
        this.pool = pool;
        this.perSubscription = perSubscription;
        this.slotFreed = slotFreed;
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

    /** Subscriptions whose send slots are all taken: claiming more of their deliveries now would only queue them. */
    synchronized Set<Long> saturated() {
        Set<Long> full = new HashSet<>();
        running.forEach((subscription, n) -> {
            if (n >= perSubscription) {
                full.add(subscription);
            }
        });
        return full;
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
        synchronized (this) {
            pending--;
            Deque<Runnable> queue = waiting.get(subscription);
            next = queue == null ? null : queue.poll();
            if (queue != null && queue.isEmpty()) {
                waiting.remove(subscription);
            }
            if (next == null) {
                running.computeIfPresent(subscription, (k, n) -> n <= 1 ? null : n - 1);
            }
        }
        if (next != null) {
            start(subscription, next);
        } else {
            slotFreed.accept(subscription);
        }
    }
}
