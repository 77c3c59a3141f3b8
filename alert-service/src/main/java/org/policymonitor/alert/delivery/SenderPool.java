package org.policymonitor.alert.delivery;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The senders' threads: at most {@code max}, a new one only when every thread is busy, an idle one ending after a
 * minute; sends beyond {@code max} wait in the queue, as in a fixed pool.
 *
 * <p>Why not {@code Executors.newFixedThreadPool(max)}: a fixed pool starts a new thread for each task until it has
 * {@code max}, idle threads or not, and keeps them all for good — eight {@code alert-sender} threads (their stacks,
 * their share of the C heap) in a service whose one subscription never has more than two sends running (the system
 * benchmark, perf7 in BENCHMARK.md). Here a subscription with two send slots is served by two threads.
 * (The rule — queue a task while there are at least as many threads as unfinished tasks, else start a thread — is
 * Tomcat's executor's.)
 */
final class SenderPool extends ThreadPoolExecutor {

    private static final long IDLE_SECONDS = 60;

    /** Tasks handed to this pool and not finished yet (queued or running). */
    private final AtomicInteger unfinished = new AtomicInteger();
    /** Set on this pool's threads while they run a task. */
    private final ThreadLocal<Boolean> inTask = ThreadLocal.withInitial(() -> false);

    SenderPool(int max, ThreadFactory threads) {
        super(0, max, IDLE_SECONDS, TimeUnit.SECONDS, new Queue(), threads);
        ((Queue) getQueue()).pool = this;
    }

    @Override
    public void execute(Runnable task) {
        unfinished.incrementAndGet();
        try {
            super.execute(task);
        } catch (RejectedExecutionException atMax) {
            // every thread started and busy, a moment after the queue declined the task: it waits like the others
            if (isShutdown() || !((Queue) getQueue()).force(task)) {
                unfinished.decrementAndGet();
                throw atMax;
            }
        }
    }

    @Override
    protected void beforeExecute(Thread thread, Runnable task) {
        inTask.set(true);
    }

    @Override
    protected void afterExecute(Runnable task, Throwable failure) {
        inTask.set(false);
        unfinished.decrementAndGet();
    }

    /**
     * Threads the unfinished tasks need. A task handed over by a task of this pool as its last step (the dispatcher
     * starts a subscription's next send when one ends) needs no thread of its own: the handing one is about to be free.
     */
    private int threadsNeeded() {
        return unfinished.get() - (inTask.get() ? 1 : 0);
    }

    /** Declines a task (so that the pool starts a thread) while fewer threads than unfinished tasks exist. */
    private static final class Queue extends LinkedBlockingQueue<Runnable> {
        private transient SenderPool pool;

        @Override
        public boolean offer(Runnable task) {
            SenderPool p = pool;
            if (p.getPoolSize() < p.getMaximumPoolSize() && p.threadsNeeded() > p.getPoolSize()) {
                return false;
            }
            return super.offer(task);
        }

        boolean force(Runnable task) {
            return super.offer(task);
        }
    }
}
