package org.policymonitor.ingest.poll;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a running poll's lease alive: every third of the lease's length the poll renews it, for as long as the poll
 * runs. So the lease can be short — a crashed instance's sources are free again one lease later, not after the
 * slowest poll one could imagine (fetch, fallback, article pages and publish: minutes) — while a slow poll of a live
 * instance never loses its source to another instance. A renewal that finds the lease gone (the database was away
 * longer than the lease) leaves the poll to find out on its own: its save is refused ({@link LeaseLostException}).
 */
final class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);

    /** One daemon thread for every poller of the process: a renewal is one short update. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lease-keeper");
        t.setDaemon(true);
        return t;
    });

    private final StateRepository store;
    private final Duration ttl;
    private final long periodMillis;

    LeaseKeeper(StateRepository store, Duration ttl) {
        this.store = store;
        this.ttl = ttl;
        this.periodMillis = Math.max(100, ttl.toMillis() / 3);
    }

    /** Renews {@code holder}'s lease on the source until the returned handle is closed. */
    Kept keep(String sourceId, String holder) {
        ScheduledFuture<?> task = TIMER.scheduleWithFixedDelay(() -> renew(sourceId, holder),
                periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    private void renew(String sourceId, String holder) {
        try {
            if (!store.renew(sourceId, holder, ttl)) {
                LOG.warnf("source %s: the lease of the running poll %s ran out before it could be renewed; "
                        + "the poll will save nothing", sourceId, holder);
            }
        } catch (RuntimeException e) {
            // the database is away: the next renewal tries again; the lease lasts a whole ttl from the last one
            LOG.warnf("source %s: renewing the running poll's lease failed: %s", sourceId, e.getMessage());
        }
    }

    /** A poll's hold on its lease; closing it stops the renewals. */
    interface Kept extends AutoCloseable {
        @Override
        void close();
    }
}
