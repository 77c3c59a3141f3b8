package org.policymonitor.alert.messaging;

import org.jboss.logging.Logger;
import org.policymonitor.platform.retry.RetryingExecutor;
import org.policymonitor.platform.threads.DaemonThreads;

import java.time.Duration;

/**
 * One thread that runs a consumer's storing steps strictly in the order they are handed over, so that the consumer's
 * own thread can read and prepare the next polled batch while this one waits on the database. The hand-over is
 * direct (no queue): {@link #handOver} returns once this thread has taken the step, i.e. once the step before it is
 * done — at most one batch is being stored and one waits, prepared, in the consumer's hands.
 *
 * <p>{@link #close} lets the running step finish for a grace period, then interrupts it (a step waiting out a database
 * outage then ends with {@link RetryingExecutor.Stopping}, acknowledging nothing); a step handed over but not taken is
 * refused with {@code Stopping}: its records are consumed again after the restart.
 */
final class StoringLine implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StoringLine.class);

    private final Thread thread;
    private final Duration grace;
    /** The step handed over and not yet taken; guarded by {@code this}. */
    private Runnable next;
    /** Guarded by {@code this}. */
    private boolean closed;

    /** @param grace how long {@link #close} lets a running step finish before interrupting it */
    StoringLine(String name, Duration grace) {
        this.grace = grace;
        thread = DaemonThreads.named(name).newThread(this::run); // close() is what ends it, in order
        thread.start();
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
                LOG.errorf(e, "%s: a storing step failed", thread.getName());
            }
            Thread.interrupted(); // an interrupt meant for the step that ended must not reach the next
        }
    }

    /** Stops taking steps, lets the running one finish within the grace period, then interrupts it. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(grace.toMillis());
            if (thread.isAlive()) {
                LOG.infof("%s: still storing after %d ms at shutdown; interrupting it", thread.getName(), grace.toMillis());
                thread.interrupt();
                thread.join(grace.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RetryingExecutor.Stopping stopping() {
        return new RetryingExecutor.Stopping(new InterruptedException("the storing line is closed"));
    }
}
