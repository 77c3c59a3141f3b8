package org.policymonitor.alert.delivery;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SendDispatcherTest {

    /** A pool whose tasks run only when the test says so. */
    private final List<Runnable> started = new ArrayList<>();
    private final SendDispatcher dispatcher = new SendDispatcher(started::add, 2);
    private final List<String> sent = new ArrayList<>();

    @Test
    void aSubscriptionGetsAtMostItsSlotsAndTheRestWaitsOffThePool() {
        for (int i = 1; i <= 4; i++) {
            String name = "slow-" + i;
            dispatcher.submit(1, () -> sent.add(name));
        }
        dispatcher.submit(2, () -> sent.add("fast"));

        assertThat(started).hasSize(3); // two of the slow subscription, and the other subscription's send
        assertThat(dispatcher.saturated()).containsExactly(1L);
        assertThat(dispatcher.pending()).isEqualTo(5);

        runNext(2); // the other subscription is not held back by the slow one
        assertThat(sent).containsExactly("fast");
        runNext(0); // one slow send ends: the next of that subscription starts
        assertThat(started).hasSize(2);
        assertThat(dispatcher.pending()).isEqualTo(3);
    }

    @Test
    void slotsAreFreedWhenTheLastSendOfASubscriptionEnds() {
        dispatcher.submit(7, () -> sent.add("only"));
        runNext(0);
        assertThat(dispatcher.saturated()).isEmpty();
        assertThat(dispatcher.pending()).isZero();
    }

    @Test
    void aFailingSendStillFreesItsSlot() {
        dispatcher.submit(3, () -> {
            throw new IllegalStateException("boom");
        });
        dispatcher.submit(3, () -> sent.add("second"));
        dispatcher.submit(3, () -> sent.add("third"));
        try {
            runNext(0);
        } catch (IllegalStateException expected) {
            // the pool would log it; the slot is free anyway
        }
        assertThat(started).hasSize(2); // "second" still queued before, "third" started now
        assertThat(dispatcher.pending()).isEqualTo(2);
    }

    @Test
    void aSubscriptionIsSaturatedOnlyOnceItsLookAheadIsQueuedToo() {
        List<Long> unsaturated = new ArrayList<>();
        SendDispatcher ahead = new SendDispatcher(started::add, 2, 3, unsaturated::add);
        for (int i = 1; i <= 4; i++) {
            ahead.submit(5, () -> sent.add("queued"));
        }
        assertThat(ahead.saturated()).as("two running, two queued: room to claim ahead").isEmpty();

        ahead.submit(5, () -> sent.add("queued"));
        assertThat(ahead.saturated()).as("two running, three queued").containsExactly(5L);

        runNext(0); // a queued send starts: the look-ahead has room again, and the worker is told
        assertThat(ahead.saturated()).isEmpty();
        assertThat(unsaturated).containsExactly(5L);
        assertThat(ahead.pending()).isEqualTo(4);
    }

    private void runNext(int index) {
        started.remove(index).run();
    }
}
