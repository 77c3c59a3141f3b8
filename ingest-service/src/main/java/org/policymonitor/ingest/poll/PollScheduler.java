package org.policymonitor.ingest.poll;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.policymonitor.ingest.source.CatalogueHolder;

/**
 * The production loop: every {@code policy.poller.tick} it offers every enabled source to the poll pool; the
 * database lease lets through only the sources that are due (their own {@code pollInterval}, or their backoff)
 * and that no other instance is polling. {@code policy.poller.enabled=false} turns the loop off (tests drive
 * polls through the same {@link SourcePoller}).
 */
@ApplicationScoped
public class PollScheduler {

    @Inject
    SourcePoller poller;

    @Inject
    CatalogueHolder catalogue;

    @ConfigProperty(name = "policy.poller.threads", defaultValue = "4")
    int threads;

    private PollCycle cycle;

    @PostConstruct
    void start() {
        cycle = new PollCycle(poller, threads);
    }

    void stop(@Observes ShutdownEvent event) {
        cycle.close();
    }

    @Scheduled(every = "${policy.poller.tick:15s}", delayed = "${policy.poller.initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = PollerDisabled.class)
    void tick() {
        cycle.submitDue(catalogue.current().enabled());
    }

    /** Skips the loop when {@code policy.poller.enabled=false}. */
    @Singleton
    public static class PollerDisabled implements Scheduled.SkipPredicate {

        @ConfigProperty(name = "policy.poller.enabled", defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
