package org.policymonitor.system.faults;

import org.policymonitor.launcher.LocalStack;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.ServiceProcess;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What an orchestrator does for the services, and nothing more: a service process that ends — it crashed, exited
 * non-zero on a fatal error, or the suite killed it with SIGKILL — is started again with the same configuration, as
 * {@code restart: unless-stopped} in docker-compose.yml or a Kubernetes Deployment would (on a port the system gives
 * it, as a restarted pod gets a new address behind its Service: its old port was free while it was down, and
 * another process on the machine may have taken it; {@link #process} has the one it listens on now), with a
 * back-off while it keeps failing. This is "restarted by the platform"; the suite itself never restarts a service
 * to make a scenario pass. Each restart is recorded so that the report can say where it happened.
 */
final class Platform implements AutoCloseable {

    /** One restart: which service, when its process was found gone, with which exit code. */
    record Restart(Service service, Instant at, int exitCode) {
    }

    private final LocalStack stack;
    private final Set<Service> services = EnumSet.noneOf(Service.class);
    private final Map<Service, Instant> nextAttempt = new EnumMap<>(Service.class);
    private final Map<Service, Integer> failuresInARow = new EnumMap<>(Service.class);
    private final List<Restart> restarts = new ArrayList<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "platform");
        t.setDaemon(true);
        return t;
    });
    private boolean paused;

    Platform(LocalStack stack) {
        this.stack = stack;
        watcher.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts a service the platform then keeps running, on a port the system gives it. */
    synchronized ServiceProcess start(Service service, Map<String, String> config) {
        services.add(service);
        return stack.startService(service, config);
    }

    ServiceProcess process(Service service) {
        return stack.service(service).orElseThrow();
    }

    /** SIGKILL, as the kernel's OOM killer or a crash would; the platform notices and starts the service again. */
    void kill(Service service) {
        process(service).kill();
    }

    synchronized List<Restart> restartsBetween(Instant from, Instant to) {
        return restarts.stream().filter(r -> !r.at().isBefore(from) && !r.at().isAfter(to)).toList();
    }

    /**
     * A reset between phases, only after a canary showed the pipeline stuck (the previous phase has then failed
     * already): stops and starts every service so that the next phase is judged on its own.
     */
    void resetAll(Duration readyWithin) {
        synchronized (this) {
            paused = true;
        }
        try {
            Map<Service, ServiceProcess> stopped = new EnumMap<>(Service.class);
            for (Service s : services) {
                ServiceProcess p = process(s);
                stack.stopService(p);
                stopped.put(s, p);
            }
            // restartService takes a stopped process too: the same configuration, a port the system gives
            for (Service s : services) {
                stack.restartService(stopped.get(s));
            }
            stack.awaitServicesReady(readyWithin);
        } finally {
            synchronized (this) {
                paused = false;
            }
        }
    }

    private synchronized void watch() {
        if (paused) {
            return;
        }
        for (Service service : services) {
            ServiceProcess process = stack.service(service).orElse(null);
            if (process == null || process.isAlive()) {
                continue;
            }
            Instant now = Instant.now();
            Instant due = nextAttempt.get(service);
            if (due == null) {
                int failures = failuresInARow.merge(service, 1, Integer::sum);
                // like Kubernetes' CrashLoopBackOff, shorter: 2 s, 4 s, 8 s ... at most 20 s
                due = now.plusSeconds(Math.min(20, 1L << Math.min(failures, 5)));
                nextAttempt.put(service, due);
                int code = exitCode(process);
                restarts.add(new Restart(service, now, code));
                Timeline.say(service.module() + " (pid " + process.pid() + ") ended with exit code " + code
                        + "; the platform starts it again");
            }
            if (now.isBefore(due)) {
                continue;
            }
            nextAttempt.remove(service);
            try {
                stack.restartService(process); // forgets the dead process, starts the service with its configuration
            } catch (RuntimeException ex) {
                Timeline.say("the platform could not start " + service.module() + ": " + ex.getMessage());
            }
        }
        // a service that has been up for a minute has stopped crash-looping
        for (Service s : services) {
            stack.service(s).filter(ServiceProcess::isAlive).ifPresent(p -> {
                if (restarts.stream().filter(r -> r.service() == s).map(Restart::at)
                        .allMatch(at -> at.isBefore(Instant.now().minusSeconds(60)))) {
                    failuresInARow.remove(s);
                }
            });
        }
    }

    private static int exitCode(ServiceProcess process) {
        return process.exitCode().orElse(-1);
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
