package org.policymonitor.platform.messaging;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.policymonitor.platform.threads.DaemonThreads;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A messaging channel that failed fatally (SmallRye closes its consumer and never reopens it) leaves a process
 * that runs, answers HTTP and processes nothing. This watchdog ends such a process with a non-zero exit code so
 * that its supervisor (Docker Compose {@code restart: unless-stopped}, Kubernetes) starts a fresh one, which
 * resumes from the last committed offsets. Kubernetes would also restart it on the failing liveness probe;
 * Compose has no such probe, hence the exit.
 *
 * <p>Off unless {@code policy.messaging.exit-on-channel-failure=true} (each service opts in; tests leave it off).
 */
@ApplicationScoped
public class ChannelWatchdog {

    /** The exit code of a process ended because a channel failed (EX_SOFTWARE of sysexits.h). */
    public static final int EXIT_CODE = 70;
    private static final Logger LOG = Logger.getLogger(ChannelWatchdog.class);

    @Inject
    HealthCenter health;
    @Inject
    MessagingConfig config;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        if (!config.exitOnChannelFailure()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("channel-watchdog"));
        long every = config.watchdogInterval().toMillis();
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void check() {
        try {
            if (!health.isInitialized()) {
                return;
            }
            List<String> failed = failedChannels(health.getLiveness());
            if (!failed.isEmpty()) {
                LOG.errorf("messaging channel(s) failed and will not recover: %s; exiting with code %d so that the "
                        + "process is restarted", String.join("; ", failed), EXIT_CODE);
                timer.shutdown();
                Quarkus.asyncExit(EXIT_CODE);
            }
        } catch (RuntimeException e) {
            LOG.warnf("channel watchdog check failed: %s", e.toString());
        }
    }

    /** The failed channels of a liveness report, each with its message. */
    static List<String> failedChannels(HealthReport liveness) {
        if (liveness.isOk()) {
            return List.of();
        }
        return liveness.getChannels().stream().filter(c -> !c.isOk())
                .map(c -> c.getChannel() + (c.getMessage() == null ? "" : ": " + c.getMessage()))
                .toList();
    }
}
