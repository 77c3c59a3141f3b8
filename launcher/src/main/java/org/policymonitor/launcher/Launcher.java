package org.policymonitor.launcher;

import org.policymonitor.launcher.demo.DemoCatalogue;
import org.policymonitor.launcher.demo.DemoItem;
import org.policymonitor.launcher.demo.DemoSite;
import org.policymonitor.launcher.demo.DemoSubscription;
import org.policymonitor.launcher.infra.Ports;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.ServiceProcess;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code ./run.sh [--demo] [--data DIR]}: starts the whole system on this machine, prints where everything is, and
 * stops it all on Ctrl-C (services first, then Kafka, PostgreSQL and the SMTP catcher). See launcher/README.md.
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    static final Duration DEMO_POLL_INTERVAL = Duration.ofSeconds(10);

    private final LauncherOptions options;
    private final PrintStream out;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile LocalStack stack;
    /** Completed once the infrastructure is up (or failed): Ctrl-C during start-up waits for it, so nothing is orphaned. */
    private final CompletableFuture<LocalStack> stackStarted = new CompletableFuture<>();
    private volatile DemoSite demoSite;
    private volatile boolean stopping;
    private volatile boolean startedInfrastructure;
    private DataFolderLock folderLock;

    Launcher(LauncherOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (IllegalArgumentException e) {
            System.err.println("run.sh: " + e.getMessage());
            System.err.println("Try ./run.sh --help");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LauncherOptions.USAGE);
            return;
        }
        LauncherLogging.toFile(options.dataDir().resolve("logs").resolve("launcher.log"));
        Launcher launcher = new Launcher(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "launcher-stop"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            if (launcher.stopping) {
                // Ctrl-C during start-up: the shutdown hook is stopping what was started
                return;
            }
            LOG.log(Level.SEVERE, "start failed", e);
            System.err.println();
            System.err.println("✗ " + e.getMessage());
            System.err.println("  (details: " + options.dataDir().resolve("logs") + ")");
            System.exit(1);
            return;
        }
        launcher.watch();
    }

    /** The running stack (null before the infrastructure is up). */
    LocalStack stack() {
        return stack;
    }

    void start() {
        checkJars();
        Path data = options.dataDir();
        boolean firstRun = !Files.exists(data.resolve(Credentials.FILE_NAME));
        out.println("Policy Monitor — local run" + (options.demo() ? " (demo)" : "") + "; data in " + data
                + (firstRun ? " (new)" : " (reused)"));
        // held until this JVM exits: a second launcher on the same folder is refused instead of taking ours for leftovers
        folderLock = DataFolderLock.acquire(data);
        for (String note : LocalStack.stopLeftovers(data)) {
            out.println("• " + note);
        }
        for (Service s : Service.values()) {
            Ports.requireFree(port(s), s.module(), "--" + s.module().replace("-service", "") + "-port");
        }
        if (options.demo()) {
            Ports.requireFree(options.demoPort(), "the demo sources", "--demo-port / POLICY_DEMO_PORT");
        }

        long t0 = System.nanoTime();
        out.print("• Kafka, PostgreSQL and the SMTP catcher … ");
        out.flush();
        startedInfrastructure = true;
        try {
            stack = LocalStack.start(options.settings());
            stackStarted.complete(stack);
        } catch (RuntimeException e) {
            stackStarted.completeExceptionally(e);
            throw e;
        }
        if (stopping) {
            throw new StoppedException();
        }
        out.printf("up in %.1f s%n", seconds(t0));
        stack.mail().onMessage(mail -> out.println("  ✉ mail to " + mail.to() + ": " + mail.subject()));

        Map<String, String> classifierExtra = new HashMap<>();
        options.rulesFile().ifPresent(f -> classifierExtra.put("policy.rules.file", f.toString()));

        // classifier and alert first, so that the demo subscription exists before the first item is ingested
        long t1 = System.nanoTime();
        out.print("• classifier-service and alert-service … ");
        out.flush();
        stack.startService(Service.CLASSIFIER, options.classifierPort(), classifierExtra);
        Map<String, String> alertExtra = new HashMap<>(stack.consoleConfig(options.ingestPort(), options.classifierPort()));
        // the same rules, for the themes subscriptions may name
        options.rulesFile().ifPresent(f -> alertExtra.put("policy.alert.rules-file", f.toString()));
        ServiceProcess alert = stack.startService(Service.ALERT, options.alertPort(), alertExtra);
        stack.awaitServicesReady(READY_TIMEOUT);
        out.printf("ready in %.1f s%n", seconds(t1));

        if (options.demo()) {
            long id = DemoSubscription.ensure(alert.baseUrl(), Credentials.ADMIN, stack.credentials().adminPassword());
            out.println("• demo subscription #" + id + " \"" + DemoSubscription.NAME + "\" → " + DemoSubscription.EMAIL);
        }

        Map<String, String> ingestExtra = new HashMap<>();
        if (options.demo()) {
            // started only now, so that the items it publishes "later" appear while the user is watching
            demoSite = DemoSite.start(options.demoPort());
            Path catalogue = DemoCatalogue.write(data.resolve("demo").resolve("sources.yaml"), demoSite.baseUrl(), DEMO_POLL_INTERVAL);
            ingestExtra.put("policy.sources.file", catalogue.toString());
            out.println("• demo sources at " + demoSite.baseUrl() + "/ (catalogue " + catalogue + ")");
        } else {
            options.sourcesFile().ifPresent(f -> ingestExtra.put("policy.sources.file", f.toString()));
        }

        long t2 = System.nanoTime();
        out.print("• ingest-service … ");
        out.flush();
        stack.startService(Service.INGEST, options.ingestPort(), ingestExtra);
        stack.awaitServicesReady(READY_TIMEOUT);
        out.printf("ready in %.1f s%n", seconds(t2));
        printSummary();
    }

    private void checkJars() {
        for (Service s : Service.values()) {
            Path jar = s.jar(options.repoRoot());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build the services first (./run.sh builds what is"
                        + " missing; or ./mvnw -B package -DskipTests)");
            }
        }
    }

    private int port(Service s) {
        return switch (s) {
            case INGEST -> options.ingestPort();
            case CLASSIFIER -> options.classifierPort();
            case ALERT -> options.alertPort();
        };
    }

    private void printSummary() {
        String admin = stack.credentials().adminPassword();
        String analyst = stack.credentials().analystPassword();
        Path data = options.dataDir();
        out.println();
        out.println("Policy Monitor is running. Ctrl-C stops everything; the data stays in " + data);
        out.println();
        for (Service service : Service.values()) {
            stack.service(service).ifPresent(p -> out.printf(
                    "  %-19s API %s%s   Swagger UI %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n",
                    p.name(), p.baseUrl(), service.apiEntry(), p.managementUrl(), p.managementUrl(), p.managementUrl()));
        }
        out.printf("  %-19s %s  (SMTP on %s:%d, files in %s)%n", "mail (caught)", stack.mail().webUrl(),
                stack.mail().smtpHost(), stack.mail().smtpPort(), stack.mail().folder());
        out.printf("  %-19s %s%n", "Kafka", stack.kafka().bootstrapServers());
        out.printf("  %-19s %s, %s (user %s, local trust auth)%n", "PostgreSQL",
                stack.postgres().jdbcUrl("policy_ingest"), stack.postgres().jdbcUrl("policy_alert"), stack.postgres().username());
        if (demoSite != null) {
            out.printf("  %-19s %s/%n", "demo sources", demoSite.baseUrl());
        }
        out.printf("  %-19s %s%n", "logs", data.resolve("logs"));
        out.println();
        out.println("  Users (HTTP Basic on /api; kept in " + stack.credentials().file() + "):");
        out.println("    admin   / " + admin + "   (roles admin, analyst)");
        out.println("    analyst / " + analyst + "   (role analyst)");
        out.println();
        String alertUrl = stack.service(Service.ALERT).map(ServiceProcess::baseUrl).orElse("http://localhost:8083");
        out.println("  Console: " + alertUrl + "/console/  (log in as analyst or admin)");
        out.println("  Try:  curl -u analyst:" + analyst + " '" + alertUrl + "/api/items'");
        if (demoSite != null) {
            List<DemoItem> upcoming = demoSite.upcomingItems();
            out.println("  Demo: " + demoSite.visibleItems().size() + " items are being ingested; alerts arrive at "
                    + stack.mail().webUrl() + (upcoming.isEmpty() ? "" : " — new items appear on the demo sites in "
                    + upcoming.stream().map(i -> "~" + Math.max(1, demoSite.untilAppears(i).toSeconds()) + " s")
                    .collect(Collectors.joining(", "))));
        }
        out.println();
    }

    /**
     * Blocks until stopped; a service that dies is said so and started again on its port, as Compose's
     * {@code restart: unless-stopped} and Kubernetes do (a service exits with code 70 when a Kafka channel fails for
     * good, expecting exactly that) — up to {@link #RESTARTS} times in {@link #RESTART_WINDOW}, then left stopped.
     */
    void watch() {
        Map<String, Boolean> reported = new HashMap<>();
        try {
            while (!stopped.await(2, TimeUnit.SECONDS)) {
                for (ServiceProcess p : stack.services()) {
                    if (!p.isAlive() && !stopping && reported.putIfAbsent(p.name() + "#" + p.pid(), true) == null) {
                        out.println("✗ " + p.name() + " stopped unexpectedly (exit code "
                                + p.exitCode().stream().mapToObj(String::valueOf).findFirst().orElse("?")
                                + "); the end of " + p.logFile() + ":");
                        out.println(ServiceProcess.tail(p.logFile(), 15));
                        restart(p);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final int RESTARTS = 5;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
    private final RestartBudget restarts = new RestartBudget(RESTARTS, RESTART_WINDOW);

    private void restart(ServiceProcess dead) {
        if (!restarts.tryRestart(dead.name(), Instant.now())) {
            out.println("  " + dead.name() + " stopped " + RESTARTS + " times within " + RESTART_WINDOW.toMinutes()
                    + " minutes: not starting it again. The rest keeps running; fix the cause (the log above), then"
                    + " Ctrl-C and ./run.sh again.");
            return;
        }
        long t0 = System.nanoTime();
        out.println("  starting " + dead.name() + " again …");
        try {
            ServiceProcess again = stack.restartService(dead);
            again.awaitReady(READY_TIMEOUT);
            if (stopping) {
                again.stop(Duration.ofSeconds(20)); // Ctrl-C came meanwhile: the stack's close may have missed it
                return;
            }
            out.printf("↻ %s restarted, ready in %.1f s (%s)%n", again.name(), seconds(t0), again.baseUrl());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "restart of " + dead.name() + " failed", e);
            if (!stopping) {
                out.println("✗ " + dead.name() + " could not be started again: " + e.getMessage());
            }
        }
    }

    /** Services first, then Kafka, PostgreSQL and the SMTP catcher; the demo site last. */
    void stop() {
        stopping = true;
        LocalStack s = stack;
        if (s == null && !stackStarted.isDone() && startedInfrastructure) {
            try {
                // Kafka and PostgreSQL are coming up: wait for them, so that they can be stopped rather than orphaned
                s = stackStarted.get(2, TimeUnit.MINUTES);
            } catch (Exception e) {
                s = null;
            }
        }
        if (s != null) {
            out.println();
            out.println("Stopping: services, then Kafka, PostgreSQL and the SMTP catcher …");
            long t0 = System.nanoTime();
            s.close();
            out.printf("Stopped in %.1f s. Data kept in %s%n", seconds(t0), options.dataDir());
        }
        if (demoSite != null) {
            demoSite.close();
        }
        if (folderLock != null) {
            folderLock.close();
        }
        stopped.countDown();
    }

    /** Start-up was interrupted by Ctrl-C. */
    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super("stopped during start-up");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
