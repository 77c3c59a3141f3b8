package org.policymonitor.ingest.poll;

import org.jboss.logging.Logger;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.platform.threads.DaemonThreads;

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
                        poller.poll(source, false);
                    } catch (RuntimeException e) {
                        LOG.errorf(e, "poll of %s failed unexpectedly (the database may be unavailable)", source.id());
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
            futures.add(pool.submit(() -> poller.poll(source, ignoreSchedule)));
        }
        List<PollReport> reports = new ArrayList<>(sources.size());
        for (Future<PollReport> f : futures) {
            try {
                reports.add(f.get());
            } catch (ExecutionException e) {
                LOG.errorf(e.getCause(), "poll failed unexpectedly");
            }
        }
        return reports;
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
