package org.policymonitor.ingest.poll;

import org.jboss.logging.Logger;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.platform.retry.Failures;
import org.policymonitor.platform.retry.OutageLog;
import org.policymonitor.platform.threads.DaemonThreads;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs polls on a fixed number of threads, never two of one source at once in this process (the database lease
 * keeps other processes out). Memory stays bounded however many sources there are: at most {@code threads}
 * documents are in memory at a time.
 */
public final class PollCycle implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PollCycle.class);

    private final SourcePoller poller;
    private final ExecutorService pool;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /**
     * A database outage in a few lines (when it begins, every 5 min, when it ends), not an ERROR with a stack trace
     * per source per tick (~500 an hour for two sources at the 15 s tick).
     */
    private final OutageLog databaseOutage = new OutageLog(LOG, "the database",
            "polls wait until it returns", Duration.ofMinutes(5),
            Clock.systemUTC());

    public PollCycle(SourcePoller poller, int threads) {
        this.poller = poller;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), DaemonThreads.numbered("ingest-poll"));
    }

    /** Queues a poll of every source not already being polled here; the lease query skips those not due. */
    public int submitDue(List<SourceDefinition> sources) {
        int submitted = 0;
        for (SourceDefinition source : sources) {
            if (inFlight.add(source.id())) {
                submitted++;
                pool.submit(() -> {
                    try {
                        poll(source, false);
                    } finally {
                        inFlight.remove(source.id());
                    }
                });
            }
        }
        return submitted;
    }

    /** Polls every source now, on the pool, and waits for all of them. */
    public List<PollReport> runAll(List<SourceDefinition> sources, boolean ignoreSchedule) throws InterruptedException {
        List<Future<PollReport>> futures = new ArrayList<>(sources.size());
        for (SourceDefinition source : sources) {
            futures.add(pool.submit(() -> poll(source, ignoreSchedule)));
        }
        List<PollReport> reports = new ArrayList<>(sources.size());
        for (Future<PollReport> f : futures) {
            try {
                PollReport report = f.get();
                if (report != null) {
                    reports.add(report);
                }
            } catch (ExecutionException e) {
                LOG.errorf(e.getCause(), "poll failed unexpectedly");
            }
        }
        return reports;
    }

    /**
     * One poll; null when it failed outside the source (the database away: said by {@link #databaseOutage}; anything
     * else: an ERROR with its stack trace, a defect to look at).
     */
    private PollReport poll(SourceDefinition source, boolean ignoreSchedule) {
        try {
            PollReport report = poller.poll(source, ignoreSchedule);
            databaseOutage.succeeded();
            return report;
        } catch (RuntimeException e) {
            if (Failures.isDatabaseUnreachable(e)) {
                databaseOutage.failed(e);
            } else {
                LOG.errorf(e, "poll of %s failed unexpectedly", source.id());
            }
            return null;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
