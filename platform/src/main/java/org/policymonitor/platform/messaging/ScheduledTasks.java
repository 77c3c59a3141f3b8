package org.policymonitor.platform.messaging;

import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One user's view of a shared scheduler: what it schedules runs on the shared threads, and its {@link #shutdownNow()}
 * cancels its own tasks only, never the shared scheduler — for a library that takes a scheduler and shuts it down
 * when done (Micrometer's {@code KafkaClientMetrics}, see {@link KafkaClientMeters}).
 */
final class ScheduledTasks extends AbstractExecutorService implements ScheduledExecutorService {

    private final ScheduledExecutorService shared;
    private final Set<Future<?>> tasks = ConcurrentHashMap.newKeySet();
    private volatile boolean shutdown;

    ScheduledTasks(ScheduledExecutorService shared) {
        this.shared = shared;
    }

    private <F extends Future<?>> F track(F task) {
        tasks.removeIf(Future::isDone);
        tasks.add(task);
        if (shutdown) { // shut down while this was being scheduled
            task.cancel(false);
        }
        return task;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return track(shared.schedule(command, delay, unit));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return track(shared.schedule(callable, delay, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return track(shared.scheduleAtFixedRate(command, initialDelay, period, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return track(shared.scheduleWithFixedDelay(command, initialDelay, delay, unit));
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
        tasks.forEach(task -> task.cancel(false));
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown();
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && tasks.stream().allMatch(Future::isDone);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }
}
