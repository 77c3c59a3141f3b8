package org.policymonitor.alert.messaging;

import org.jboss.logging.Logger;
import org.policymonitor.platform.retry.RetryingExecutor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Threads (lanes) that take a consumer's storing steps strictly in the order they are handed over, so that the
 * consumer's own thread can read and prepare the next polled batch while a lane waits on the database. The hand-over
 * is direct (no queue): {@link #handOver} returns once a lane has taken the step. With one lane the step before it is
 * done by then: at most one batch is being stored and one waits, prepared, in the consumer's hands. With two, two
 * steps may run at once — the steps order themselves ({@link StoringTurn}: the later one's transaction overlaps the
 * earlier one's only while that one holds the grouping lock) — and one more waits in the consumer's hands.
 *
 * <p>{@link #close} lets the running step finish for a grace period, then interrupts it (a step waiting out a database
 * outage then ends with {@link RetryingExecutor.Stopping}, acknowledging nothing); a step handed over but not taken is
 * refused with {@code Stopping}: its records are consumed again after the restart.
 */
final class StoringLine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StoringLine.class);

    private final List<Thread> lanes = new ArrayList<>();
    private final Duration grace;
    /** The step handed over and not yet taken; guarded by {@code this}. */
    private Runnable next;
    /** Guarded by {@code this}. */
    private boolean closed;

    /** @param grace how long {@link #close} lets a running step finish before interrupting it */
    StoringLine(String name, Duration grace) {
        this(name, 1, grace);
    }

    /** @param lanes how many steps may run at once (their threads are named {@code name-1}, {@code name-2}…) */
    StoringLine(String name, int lanes, Duration grace) {
        this.grace = grace;
        for (int k = 1; k <= lanes; k++) {
            Thread lane = new Thread(this::run, lanes == 1 ? name : name + "-" + k);
            lane.setDaemon(true); // never holds the JVM up: close() is what ends it in order
            this.lanes.add(lane);
        }
        this.lanes.forEach(Thread::start);
    }

    /**
     * Hands {@code step} to the line's thread and waits until it has taken it.
     *
     * @throws RetryingExecutor.Stopping the line is closed (or this thread interrupted) before the step was taken: it
     *                                   will never run
     */
    void handOver(Runnable step) {
        synchronized (this) {
            try {
                while (next != null && !closed) {
                    wait(); // one consumer thread hands over at a time; another would wait for its turn here
                }
                if (closed) {
                    throw stopping();
                }
                next = step;
                notifyAll();
                while (next == step && !closed) {
                    wait();
                }
                if (next == step) { // closed before it was taken
                    next = null;
                    throw stopping();
                }
            } catch (InterruptedException e) {
                if (next == step) {
                    next = null;
                    notifyAll();
                }
                Thread.currentThread().interrupt();
                throw new RetryingExecutor.Stopping(e);
            }
        }
    }

    private void run() {
        while (true) {
            Runnable step;
            synchronized (this) {
                while (next == null && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // only close() interrupts: it sets closed first
                    }
                }
                if (closed) {
                    return; // a step handed over but not taken is refused by handOver
                }
                step = next;
                next = null;
                notifyAll();
            }
            try {
                step.run();
            } catch (RuntimeException | Error e) {
                // the step settles its own records; what escapes it must not end the line
                LOG.errorf(e, "%s: a storing step failed", Thread.currentThread().getName());
            }
            Thread.interrupted(); // an interrupt meant for the step that ended must not reach the next
        }
    }

    /** Stops taking steps, lets the running ones finish within the grace period, then interrupts them. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            long deadline = System.nanoTime() + grace.toNanos();
            for (Thread lane : lanes) {
                lane.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            List<Thread> alive = lanes.stream().filter(Thread::isAlive).toList();
            if (!alive.isEmpty()) {
                LOG.infof("%s: still storing after %d ms at shutdown; interrupting them", alive, grace.toMillis());
                alive.forEach(Thread::interrupt);
                for (Thread lane : alive) {
                    lane.join(grace.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RetryingExecutor.Stopping stopping() {
        return new RetryingExecutor.Stopping(new InterruptedException("the storing line is closed"));
    }
}
