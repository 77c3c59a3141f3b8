package org.policymonitor.ingest.poll;

import org.jboss.logging.Logger;
import org.policymonitor.platform.threads.DaemonThreads;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a running piece of work's lease alive: every third of the lease's length the work renews it, for as long as
 * it runs. So the lease can be short — what a crashed instance held is free again one lease later, not after the
 * slowest run one could imagine (a poll's fetch, fallback, article pages and publish; a re-check cycle's hundreds of
 * pages: minutes) — while slow work of a live instance never loses what it holds to another instance. A renewal that
 * finds the lease gone (the database was away longer than the lease) leaves the work to find out on its own: its
 * save is refused. Used by the poller (a source's lease) and the archive (a re-check cycle's claimed articles).
 */
public final class LeaseKeeper {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);

    /** One daemon thread for every lease of the process: a renewal is one short update. */
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("lease-keeper"));

    private final Duration ttl;
    private final long periodMillis;

    public LeaseKeeper(Duration ttl) {
        this.ttl = ttl;
        this.periodMillis = Math.max(100, ttl.toMillis() / 3);
    }

    /**
     * Renews a lease until the returned handle is closed.
     *
     * @param lease   what is held, for the log ("source x, poll y")
     * @param renewal extends the lease by the given length from now; false when it was no longer held
     */
    public Kept keep(String lease, Renewal renewal) {
        ScheduledFuture<?> task = TIMER.scheduleWithFixedDelay(() -> renew(lease, renewal),
                periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    private void renew(String lease, Renewal renewal) {
        try {
            if (!renewal.renew(ttl)) {
                LOG.warnf("%s: the lease ran out before it could be renewed; the work will save nothing", lease);
            }
        } catch (RuntimeException e) {
            // the database is away: the next renewal tries again; the lease lasts a whole ttl from the last one
            LOG.warnf("%s: renewing the lease failed: %s", lease, e.getMessage());
        }
    }

    /** One renewal of a lease (one short update). */
    @FunctionalInterface
    public interface Renewal {
        /** @return false when the lease was no longer held (ran out, another instance has it) */
        boolean renew(Duration ttl);
    }

    /** The work's hold on its lease; closing it stops the renewals. */
    public interface Kept extends AutoCloseable {
        @Override
        void close();
    }
}
