package org.policymonitor.ingest.poll;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SkippedExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: makes the poll loop's first tick come before SmallRye Reactive Messaging has wired the service's
 * channel, as a restarted service's first tick did on a busy machine (the fault suite saw it). The scheduler
 * starts on the start-up event at priority 0 and messaging wires its emitters at 1000 ({@code LIBRARY_BEFORE}):
 * this observer, in between, holds start-up until the first tick has finished, however it finished. Active only when
 * {@code policy.test.first-tick-before-messaging=true} (one test profile).
 */
@Singleton
public class FirstTickBeforeMessaging {

    /** Long enough for a loaded machine; start-up goes on regardless when it passes. */
    private static final Duration HOLD = Duration.ofSeconds(30);

    private final CountDownLatch firstTick = new CountDownLatch(1);
    private final List<String> failedTicks = new CopyOnWriteArrayList<>();

    @ConfigProperty(name = "policy.test.first-tick-before-messaging", defaultValue = "false")
    boolean active;

    void holdStartUp(@Observes @Priority(500) StartupEvent event) throws InterruptedException {
        if (active) {
            firstTick.await(HOLD.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void succeeded(@Observes SuccessfulExecution event) {
        finished(event.getExecution());
    }

    void failed(@Observes FailedExecution event) {
        if (isTick(event.getExecution())) {
            failedTicks.add(String.valueOf(event.getException()));
        }
        finished(event.getExecution());
    }

    void skipped(@Observes SkippedExecution event) {
        finished(event.getExecution());
    }

    /** The poll loop's ticks that failed, each with its exception. */
    public List<String> failedTicks() {
        return List.copyOf(failedTicks);
    }

    private void finished(ScheduledExecution execution) {
        if (isTick(execution)) {
            firstTick.countDown();
        }
    }

    private static boolean isTick(ScheduledExecution execution) {
        String method = execution.getTrigger().getMethodDescription();
        return method != null && method.endsWith(PollScheduler.class.getSimpleName() + "#tick");
    }
}
