package org.policymonitor.alert.delivery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.testing.Deadlines;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The senders' pool: threads only as the sends need them, never more than its limit, no send refused. */
class SenderPoolTest {

    private final SenderPool pool = new SenderPool(8, r -> new Thread(r, "sender-pool-test"));

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /**
     * One send at a time, 200 times, through a dispatcher as the delivery worker uses it (each send hands the next to
     * the pool as it ends): one thread.
     *
     * <p>All 200 are handed to the dispatcher before the first may end. Until 6 December 2026 they were handed over
     * while the first ran, and on a loaded machine (a whole-suite run beside other builds, issue 14 item 8) the first
     * could end before the test's thread handed over the second: that thread, not the pool's, then asked for a send
     * while the pool still counted the ending one as unfinished, and a second thread was started ("expected: 1 but
     * was: 2"). That is a true and harmless race of a caller outside the pool (the extra thread idles out after a
     * minute, the limit holds); what this test is about is the hand-over from one send to the next.
     */
    @Test
    void sendsOneAfterAnotherNeedNoMoreThreads() throws InterruptedException {
        SendDispatcher dispatcher = new SendDispatcher(pool, 1);
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch allHandedOver = new CountDownLatch(1);
        dispatcher.submit(1, () -> {
            try {
                allHandedOver.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent.incrementAndGet();
        });
        for (int i = 1; i < 200; i++) {
            dispatcher.submit(1, sent::incrementAndGet);
        }
        assertThat(dispatcher.pending()).isEqualTo(200);
        allHandedOver.countDown();

        await().atMost(Deadlines.ARRIVES).until(() -> sent.get() == 200);
        assertThat(pool.getLargestPoolSize()).as("threads started for 200 sends, one at a time").isEqualTo(1);
    }

    /** Ten sends held at once: eight threads, the other two wait in the queue and run once threads are free. */
    @Test
    void atTheLimitSendsWaitAndAllRun() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(8);
        List<Integer> done = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            int n = i;
            pool.execute(() -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                done.add(n);
            });
        }

        assertThat(running.await(Deadlines.ARRIVES.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(pool.getPoolSize()).isEqualTo(8);
        assertThat(pool.getQueue()).hasSize(2);
        release.countDown();
        await().atMost(Deadlines.ARRIVES).until(() -> done.size() == 10);
        assertThat(done).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(pool.getLargestPoolSize()).isEqualTo(8);
    }
}
