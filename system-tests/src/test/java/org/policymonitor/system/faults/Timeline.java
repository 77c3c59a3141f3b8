package org.policymonitor.system.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The script of a phase: actions at offsets from its start (stop a server, kill a process ...) and flows of items
 * at a fixed period between two offsets, on their own threads so that a slow action (a broker restart) does not hold
 * the flows up. {@link #awaitDone()} returns when everything ran, and fails with the first action that failed.
 */
final class Timeline implements AutoCloseable {

    /** On standard output, which surefire keeps in target/surefire-reports/…-output.txt beside the report. */
    static void say(String line) {
        System.out.println(LocalTime.now().withNano(0) + " " + line);
    }

    /** An action may still be running (a broker restart) this long after its offset. */
    private static final Duration AFTER_THE_END = Duration.ofMinutes(5);

    private final Instant start = Instant.now();
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(4, r -> {
        Thread t = new Thread(r, "fault-timeline");
        t.setDaemon(true);
        return t;
    });
    private final List<ScheduledFuture<?>> actions = new CopyOnWriteArrayList<>();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private volatile Duration end = Duration.ZERO;

    void at(Duration offset, String what, Runnable action) {
        extend(offset);
        actions.add(threads.schedule(() -> run(what, () -> {
            say("+" + elapsed().toSeconds() + " s: " + what);
            action.run();
        }), offset.toMillis(), TimeUnit.MILLISECONDS));
    }

    void every(Duration period, Duration from, Duration until, String what, Runnable action) {
        extend(until);
        ScheduledFuture<?> flow = threads.scheduleAtFixedRate(() -> run(what, action), from.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        actions.add(threads.schedule(() -> flow.cancel(false), until.toMillis(), TimeUnit.MILLISECONDS));
    }

    Duration elapsed() {
        return Duration.between(start, Instant.now());
    }

    /** Waits for each action (and each flow's scheduled end) to complete: at the latest 5 min after the last offset. */
    void awaitDone() throws Exception {
        Instant deadline = start.plus(end).plus(AFTER_THE_END);
        for (ScheduledFuture<?> f : actions) {
            f.get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        }
        if (!failures.isEmpty()) {
            AssertionError e = new AssertionError("the suite could not carry out its fault script: " + failures.get(0), failures.get(0));
            failures.stream().skip(1).forEach(e::addSuppressed);
            throw e;
        }
    }

    private synchronized void extend(Duration offset) {
        if (offset.compareTo(end) > 0) {
            end = offset;
        }
    }

    private void run(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            say(what + " failed at +" + elapsed().toSeconds() + " s: " + e);
            failures.add(e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
