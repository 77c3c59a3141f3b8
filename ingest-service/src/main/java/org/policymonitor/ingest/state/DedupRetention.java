package org.policymonitor.ingest.state;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;

/** Daily: forgets published item ids older than {@code policy.dedup.retention} (default a year). */
@ApplicationScoped
public class DedupRetention {

    private static final Logger LOG = Logger.getLogger(DedupRetention.class);

    @Inject
    StateStore store;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Scheduled(every = "${policy.dedup.prune-every:24h}", delayed = "1h",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        try {
            int forgotten = store.forgetPublishedBefore(clock.instant().minus(settings.retention()));
            if (forgotten > 0) {
                LOG.infof("forgot %d published item ids older than %s", forgotten, settings.retention());
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not prune published item ids: %s", e.getMessage());
        }
    }

    /** How long ids are kept ({@code policy.dedup.retention}, built by the config package's wiring). */
    public record Settings(Duration retention) {
    }
}
