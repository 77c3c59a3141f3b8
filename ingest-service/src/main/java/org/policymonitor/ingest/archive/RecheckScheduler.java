package org.policymonitor.ingest.archive;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.policymonitor.platform.messaging.ChannelsWired;

/**
 * The production loop: every {@code policy.archive.tick} (1 min) one re-check cycle. Several instances each run
 * theirs; the claims keep them on different articles. {@code policy.archive.scheduler.enabled=false} turns it off.
 */
@ApplicationScoped
public class RecheckScheduler {

    @Inject
    ArticleRechecker rechecker;

    @Scheduled(every = "${policy.archive.tick:60s}", delayed = "${policy.archive.initial-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void tick() throws InterruptedException {
        rechecker.runCycle();
    }

    /**
     * Skips the loop when {@code policy.archive.scheduler.enabled=false}, and while the service's channel is not wired
     * (start-up, shut-down): a re-check publishes the versions it finds.
     */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        ArchiveConfig config;
        @Inject
        ChannelsWired channels;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.schedulerEnabled() || !channels.wired();
        }
    }
}
