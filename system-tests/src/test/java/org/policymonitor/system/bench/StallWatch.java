package org.policymonitor.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the latency run for a late webhook: once the oldest published item has had no webhook for {@link #LATE}, it
 * writes what each side was doing at that moment to target/benchmark-stall-N.txt — alert-service's threads
 * ({@code Thread.print -l}, through the attach API: {@link ThreadDumps}), the receiver process's threads, and
 * alert-service's PostgreSQL sessions ({@code pg_stat_activity}) — a few times while the stall lasts. A stall of the send path happened in one run of
 * three (every item of a ~3 s window late): this catches it in the act instead of guessing from the latencies.
 */
final class StallWatch implements AutoCloseable {

    static final Duration LATE = Duration.ofMillis(1_000);
    private static final int DUMPS_PER_STALL = 3;
    /** Each dump stops alert-service for a safepoint and its first starts its attach listener thread: a few suffice. */
    private static final int MAX_DUMPS = 6;
    private static final Duration BETWEEN_DUMPS = Duration.ofMillis(500);

    /** A published item and when it was published. */
    private record Published(String id, Instant at) {
    }

    /** A stall as the watch saw it: from when the oldest waiting item was published until it arrived. */
    record Stall(String itemId, Instant publishedAt, Instant seenAt, Instant endedAt) {
    }

    private final Queue<Published> waiting = new ConcurrentLinkedQueue<>();
    private final Map<String, Instant> arrivals;
    private final long alertPid;
    private final long receiverPid;
    private final DatabaseSessions sessions;
    private final List<Stall> stalls = new ArrayList<>();
    /** Through the attach API from this JVM: a jcmd JVM per dump loaded the machine during the stall (perf8). */
    private final ThreadDumps threadDumps = new ThreadDumps();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-watch");
        t.setDaemon(true);
        return t;
    });
    private Published current;
    private Instant seen;
    private Instant lastDump = Instant.EPOCH;
    private int dumpsThisStall;
    private int dumps;

    /** alert-service's sessions in PostgreSQL, read at a stall. */
    interface DatabaseSessions {
        Connection connect() throws SQLException;
    }

    StallWatch(Map<String, Instant> arrivals, long alertPid, long receiverPid, DatabaseSessions sessions) {
        this.arrivals = arrivals;
        this.alertPid = alertPid;
        this.receiverPid = receiverPid;
        this.sessions = sessions;
        timer.scheduleWithFixedDelay(this::check, 100, 100, TimeUnit.MILLISECONDS);
    }

    void published(String id, Instant at) {
        waiting.add(new Published(id, at));
    }

    synchronized List<Stall> stalls() {
        return List.copyOf(stalls);
    }

    private synchronized void check() {
        try {
            Published head;
            while ((head = waiting.peek()) != null && arrivals.containsKey(head.id())) {
                waiting.poll();
                if (current != null && current.id().equals(head.id())) {
                    stalls.add(new Stall(current.id(), current.at(), seen, arrivals.get(head.id())));
                    current = null;
                }
            }
            Instant now = Instant.now();
            if (head == null || Duration.between(head.at(), now).compareTo(LATE) < 0) {
                return;
            }
            if (current == null) {
                current = head;
                seen = now;
                dumpsThisStall = 0;
            }
            if (dumps < MAX_DUMPS && dumpsThisStall < DUMPS_PER_STALL
                    && Duration.between(lastDump, now).compareTo(BETWEEN_DUMPS) >= 0) {
                dump(head, now);
                lastDump = Instant.now();
                dumpsThisStall++;
                dumps++;
            }
        } catch (RuntimeException | IOException e) {
            System.err.println("stall watch: " + e);
        }
    }

    private void dump(Published head, Instant now) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("==== stall: item ").append(head.id()).append(" published ").append(head.at()).append(", no webhook ")
                .append(Duration.between(head.at(), now).toMillis()).append(" ms later (dump at ").append(now)
                .append("); load ").append(ProcessSampler.loadAverage()).append('\n');
        out.append("==== alert-service: Thread.print -l\n").append(threads(alertPid));
        out.append("==== alert-service's PostgreSQL sessions (pg_stat_activity)\n");
        try (Connection c = sessions.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT pid, state, wait_event_type, wait_event, now() - xact_start, now() - query_start,
                            left(regexp_replace(query, '\\s+', ' ', 'g'), 160)
                     FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()""")) {
            while (r.next()) {
                out.append("%d %s %s/%s xact %s query %s: %s%n".formatted(r.getInt(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
            }
        } catch (SQLException e) {
            out.append("(could not read: ").append(e).append(")\n");
        }
        out.append("==== the webhook receiver's process: Thread.print -l\n").append(threads(receiverPid));
        Files.writeString(Path.of("target", "benchmark-stall-" + (dumps + 1) + ".txt"), out);
    }

    private String threads(long pid) {
        try {
            return threadDumps.of(pid);
        } catch (IOException e) {
            return "(could not dump: " + e + ")\n";
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) { // a dump under way ends first
            threadDumps.close();
        }
    }
}
