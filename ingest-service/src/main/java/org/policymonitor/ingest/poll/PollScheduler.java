package org.policymonitor.ingest.poll;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.policymonitor.ingest.source.CatalogueHolder;
import org.policymonitor.platform.messaging.ChannelsWired;

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

    @Inject
    Settings settings;

    private PollCycle cycle;

    @PostConstruct
    void start() {
        cycle = new PollCycle(poller, settings.threads());
    }

    void stop(@Observes ShutdownEvent event) {
        cycle.close();
    }

    @Scheduled(every = "${policy.poller.tick:15s}", delayed = "${policy.poller.initial-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = NotPolling.class)
    void tick() {
        cycle.submitDue(catalogue.current().enabled());
    }

    /**
     * Skips the loop when {@code policy.poller.enabled=false}, and while the service's channel is not wired yet (a
     * tick at start-up would fail to build the poller and log an error for nothing) or no longer (shutting down).
     */
    @Singleton
    public static class NotPolling implements Scheduled.SkipPredicate {

        @Inject
        Settings settings;
        @Inject
        ChannelsWired channels;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !settings.enabled() || !channels.wired();
        }
    }

    /** The loop's settings ({@code policy.poller.*}, built by the config package's wiring). */
    public record Settings(int threads, boolean enabled) {
    }
}
