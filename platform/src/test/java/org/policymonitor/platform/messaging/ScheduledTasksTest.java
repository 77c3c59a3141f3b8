package org.policymonitor.platform.messaging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One client's view of the shared scheduler: shutting it down cancels that client's refresh (Micrometer leaves a
 * task on a scheduler it did not make running after close), and never the other clients' or the shared thread.
 */
class ScheduledTasksTest {

    private final ScheduledExecutorService shared = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        shared.shutdownNow();
    }

    @Test
    void shuttingOneViewDownCancelsItsTasksOnly() {
        ScheduledTasks closed = new ScheduledTasks(shared);
        ScheduledTasks open = new ScheduledTasks(shared);
        AtomicInteger closedRuns = new AtomicInteger();
        AtomicInteger openRuns = new AtomicInteger();
        ScheduledFuture<?> closedTask = closed.scheduleAtFixedRate(closedRuns::incrementAndGet, 0, 10, TimeUnit.MILLISECONDS);
        open.scheduleAtFixedRate(openRuns::incrementAndGet, 0, 10, TimeUnit.MILLISECONDS);
        await().atMost(Deadlines.ARRIVES).until(() -> closedRuns.get() > 0 && openRuns.get() > 0);

        closed.shutdownNow();
        int openBefore = openRuns.get();

        assertThat(closedTask.isCancelled()).isTrue();
        assertThat(closed.isShutdown()).isTrue();
        assertThat(closed.isTerminated()).isTrue();
        await().atMost(Deadlines.ARRIVES).until(() -> openRuns.get() > openBefore + 2); // the shared thread runs on
        assertThat(shared.isShutdown()).isFalse();
    }
}
