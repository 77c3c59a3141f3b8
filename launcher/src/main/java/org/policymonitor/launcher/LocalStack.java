package org.policymonitor.launcher;

import org.policymonitor.events.Topics;
import org.policymonitor.launcher.infra.LocalKafka;
import org.policymonitor.launcher.infra.LocalPostgres;
import org.policymonitor.launcher.infra.MailCatcher;
import org.policymonitor.launcher.infra.PortRetry;
import org.policymonitor.launcher.infra.Ports;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.ServiceProcess;
import org.policymonitor.launcher.service.ServiceSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The whole system on one machine without Docker, as a library: a real Kafka broker (KRaft), a real PostgreSQL, an
 * SMTP catcher, and the packaged services as child processes wired to them. The launcher's {@code main} and the
 * end-to-end tests both use it.
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.start(LocalStack.Settings.withFreePorts(tempDir, repoRoot))) {
 *     ServiceProcess alert = stack.startService(Service.ALERT, Map.of());
 *     alert.awaitReady(Duration.ofMinutes(2));
 *     ... stack.kafka().bootstrapServers(), stack.mail().messages(), stack.credentials().adminPassword() ...
 * }
 * }</pre>
 *
 * Everything lives under {@link Settings#dataDir()}: {@code kafka/}, {@code postgres/}, {@code mail/},
 * {@code logs/}, {@code run/} (pid files) and {@code credentials.properties}. Nothing there is wiped: starting again
 * on the same folder finds the same topics, databases, mail and users. {@link #close()} stops the services first
 * (all at once, each gracefully), then Kafka, PostgreSQL and the SMTP catcher.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalStack.class.getName());

    /** Topics created up front, so consumers that start before the first producer find them. */
    public static final List<String> TOPICS = List.of(
            Topics.ITEMS_RAW, Topics.ITEMS_CLASSIFIED, Topics.SOURCES_STATUS, Topics.ITEMS_CHANGED,
            Topics.deadLetter(Topics.ITEMS_RAW), Topics.deadLetter(Topics.ITEMS_CLASSIFIED),
            Topics.deadLetter(Topics.SOURCES_STATUS), Topics.deadLetter(Topics.ITEMS_CHANGED));
    public static final int TOPIC_PARTITIONS = 3;
    /**
     * Default JVM options of a service process: the serial collector and a heap that starts small and gives memory
     * back (free ratios) suit a 2-core laptop; the JVM hands the C heap's freed memory (compiler arenas, buffers) back
     * to the system every 5 s instead of keeping it resident; only the C1 compiler (no profiled code, no C2): 30-50 MB
     * less resident per service and a third less CPU per item in the system benchmark, where C2's compiling cost more
     * than its faster code saved; a young generation of at most 12 MB: alert-service under 256 MB resident and no more
     * CPU per item in two quiet runs; a thread that reads or writes a socket or file through a heap buffer keeps the
     * JDK's temporary direct buffer only up to 256 KB (unbounded by default: the Kafka consumers' threads kept one as
     * large as their largest fetch, 4-6 MB of a service's native memory) (system-tests BENCHMARK.md has the
     * measurements).
     */
    public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:MaxNewSize=12m", "-XX:TrimNativeHeapInterval=5000",
            "-XX:TieredStopAtLevel=1", "-Djdk.nio.maxCachedBufferSize=262144", "-Dfile.encoding=UTF-8");

    /**
     * Where the data lives, where the checkout is (to find the service jars) and the ports of the infrastructure.
     * {@code kafkaInChildProcess}: the broker runs in a child JVM instead of this one, so that a fault test can kill
     * it ({@link LocalKafka#kill()}) and start it again ({@link LocalKafka#restart()}).
     */
    public record Settings(Path dataDir, Path repoRoot, int kafkaPort, int kafkaControllerPort, int postgresPort,
                           int smtpPort, int mailWebPort, List<String> serviceJvmOptions, boolean kafkaInChildProcess,
                           boolean portsChosenFreely) {

        public static final int KAFKA_PORT = 9092;
        public static final int KAFKA_CONTROLLER_PORT = 9093;
        public static final int POSTGRES_PORT = 15432;
        public static final int SMTP_PORT = 2525;
        public static final int MAIL_WEB_PORT = 8025;

        public Settings {
            dataDir = dataDir.toAbsolutePath().normalize();
            repoRoot = repoRoot.toAbsolutePath().normalize();
            serviceJvmOptions = List.copyOf(serviceJvmOptions);
        }

        /**
         * Ports the user chose (or the defaults): a taken one is an error. {@code portsChosenFreely} (from
         * {@link #withFreePorts}) lets {@link LocalStack#start} choose another when one was taken meanwhile.
         */
        public Settings(Path dataDir, Path repoRoot, int kafkaPort, int kafkaControllerPort, int postgresPort, int smtpPort,
                        int mailWebPort, List<String> serviceJvmOptions, boolean kafkaInChildProcess) {
            this(dataDir, repoRoot, kafkaPort, kafkaControllerPort, postgresPort, smtpPort, mailWebPort, serviceJvmOptions,
                    kafkaInChildProcess, false);
        }

        /** The ports a user gets by default (9092/9093, 15432, 2525, 8025). */
        public static Settings defaults(Path dataDir, Path repoRoot) {
            return new Settings(dataDir, repoRoot, KAFKA_PORT, KAFKA_CONTROLLER_PORT, POSTGRES_PORT, SMTP_PORT, MAIL_WEB_PORT,
                    DEFAULT_SERVICE_JVM_OPTIONS, false);
        }

        /**
         * Free ports: for tests, which must never collide with a running system or another build. The SMTP catcher and
         * the mail page are given {@code 0}: the page binds a port the system gives it, the catcher one it chooses below
         * the ephemeral range, since it comes back on it after a stop ({@link MailCatcher#start}); Kafka and PostgreSQL
         * must be told theirs before they bind it, so theirs are chosen now, and one taken by another process before its
         * server binds it is chosen again at the start. {@link LocalStack#settings()} has the ports in use.
         */
        public static Settings withFreePorts(Path dataDir, Path repoRoot) {
            return new Settings(dataDir, repoRoot, Ports.free(), Ports.free(), Ports.free(), 0, 0,
                    DEFAULT_SERVICE_JVM_OPTIONS, false, true);
        }

        /** The same data folder and checkout on these very ports (e.g. to restart on the ports a previous start used). */
        public Settings withPorts(int kafka, int kafkaController, int postgres, int smtp, int mailWeb) {
            return new Settings(dataDir, repoRoot, kafka, kafkaController, postgres, smtp, mailWeb, serviceJvmOptions,
                    kafkaInChildProcess, false);
        }

        public Settings withServiceJvmOptions(List<String> options) {
            return new Settings(dataDir, repoRoot, kafkaPort, kafkaControllerPort, postgresPort, smtpPort, mailWebPort, options,
                    kafkaInChildProcess, portsChosenFreely);
        }

        /** The broker in a child JVM that can be killed and restarted (fault tests). */
        public Settings withKafkaInChildProcess() {
            return new Settings(dataDir, repoRoot, kafkaPort, kafkaControllerPort, postgresPort, smtpPort, mailWebPort,
                    serviceJvmOptions, true, portsChosenFreely);
        }

        /** The ports the parts ended up on (other than these when a freely chosen one was taken). */
        private Settings onPorts(int kafka, int kafkaController, int postgres, int smtp, int mailWeb) {
            return new Settings(dataDir, repoRoot, kafka, kafkaController, postgres, smtp, mailWeb, serviceJvmOptions,
                    kafkaInChildProcess, portsChosenFreely);
        }

        public Path logsDir() {
            return dataDir.resolve("logs");
        }
    }

    private final Settings settings;
    private final LocalKafka kafka;
    private final LocalPostgres postgres;
    private final MailCatcher mail;
    private final Credentials credentials;
    private final DataFolderLock lock;
    private final List<ServiceProcess> services = Collections.synchronizedList(new ArrayList<>());
    private Map<String, String> usersConfig;
    private boolean closed;

    private LocalStack(Settings settings, LocalKafka kafka, LocalPostgres postgres, MailCatcher mail, Credentials credentials,
                       DataFolderLock lock) {
        this.lock = lock;
        this.settings = settings;
        this.kafka = kafka;
        this.postgres = postgres;
        this.mail = mail;
        this.credentials = credentials;
    }

    /**
     * Stops what a launcher killed hard (kill -9) left running on this data folder (call it holding the folder's
     * {@link DataFolderLock}, so that a launcher still running there is never mistaken for a dead one): service processes named in
     * {@code run/*.pid}, then the PostgreSQL serving {@code postgres/}. Kafka ran inside the killed JVM and is gone.
     * Returns one line per process stopped.
     */
    public static List<String> stopLeftovers(Path dataDir) {
        List<String> stopped = new ArrayList<>();
        for (Service service : Service.values()) {
            ServiceProcess.stopLeftover(dataDir.resolve("run").resolve(service.module() + ".pid"), Duration.ofSeconds(20))
                    .ifPresent(pid -> stopped.add("stopped " + service.module() + " (pid " + pid + ") left running by an earlier launcher"));
        }
        LocalPostgres.stopLeftover(dataDir.resolve("postgres"), Duration.ofSeconds(30))
                .ifPresent(pid -> stopped.add("stopped PostgreSQL (pid " + pid + ") left running by an earlier launcher"));
        stopped.forEach(LOG::warning);
        return stopped;
    }

    /**
     * Starts the infrastructure (Kafka and PostgreSQL in parallel, then the SMTP catcher), creates the topics and the
     * services' databases if missing, and loads or creates the users. Fails with a clear message, having stopped
     * whatever it had started, when a port is taken or a part does not come up.
     */
    public static LocalStack start(Settings settings) {
        Path data = settings.dataDir();
        try {
            Files.createDirectories(settings.logsDir());
        } catch (IOException e) {
            throw new IllegalStateException("could not create the data folder " + data + ": " + e.getMessage(), e);
        }
        DataFolderLock lock = DataFolderLock.acquire(data);
        try {
            return start(settings, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static LocalStack start(Settings settings, DataFolderLock lock) {
        Path data = settings.dataDir();
        stopLeftovers(data);
        if (!settings.portsChosenFreely()) {
            // check every port before starting anything: one clear message, nothing half-started
            Ports.requireFree(settings.postgresPort(), "PostgreSQL", "--postgres-port / POLICY_POSTGRES_PORT");
            Ports.requireFree(settings.kafkaPort(), "Kafka", "--kafka-port / POLICY_KAFKA_PORT");
            Ports.requireFree(settings.kafkaControllerPort(), "the Kafka controller", "--kafka-controller-port / POLICY_KAFKA_CONTROLLER_PORT");
            Ports.requireFree(settings.smtpPort(), "the SMTP catcher", "--smtp-port / POLICY_SMTP_PORT");
            Ports.requireFree(settings.mailWebPort(), "the mail web page", "--mail-web-port / POLICY_MAIL_WEB_PORT");
        }

        Credentials credentials = Credentials.loadOrCreate(data);
        CompletableFuture<LocalKafka> kafka = CompletableFuture.supplyAsync(() -> startOn(settings, "Kafka",
                new int[] {settings.kafkaPort(), settings.kafkaControllerPort()}, ports -> settings.kafkaInChildProcess()
                        ? LocalKafka.startInChildProcess(data.resolve("kafka"), ports[0], ports[1], settings.logsDir().resolve("kafka.log"))
                        : LocalKafka.start(data.resolve("kafka"), ports[0], ports[1])));
        CompletableFuture<LocalPostgres> postgres = CompletableFuture.supplyAsync(() -> startOn(settings, "PostgreSQL",
                new int[] {settings.postgresPort()},
                ports -> LocalPostgres.start(data.resolve("postgres"), ports[0], settings.logsDir().resolve("postgres.log"))));
        MailCatcher mail = null;
        try {
            mail = startOn(settings, "the SMTP catcher", new int[] {settings.smtpPort(), settings.mailWebPort()},
                    ports -> MailCatcher.start(data.resolve("mail"), ports[0], ports[1]));
            LocalKafka k = kafka.join();
            LocalPostgres pg = postgres.join();
            k.createTopics(TOPICS, TOPIC_PARTITIONS);
            for (Service service : Service.values()) {
                service.database().ifPresent(pg::ensureDatabase);
            }
            Settings actual = settings.onPorts(k.port(), k.controllerPort(), pg.port(), mail.smtpPort(), mail.webPort());
            return new LocalStack(actual, k, pg, mail, credentials, lock);
        } catch (RuntimeException e) {
            closeQuietly(kafka);
            closeQuietly(postgres);
            if (mail != null) {
                mail.close();
            }
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Starts a part on its ports; on others when ones the launcher chose were taken meanwhile ({@link PortRetry}). */
    private static <T> T startOn(Settings settings, String what, int[] ports, Function<int[], T> start) {
        return settings.portsChosenFreely() ? PortRetry.start(what, ports, start) : start.apply(ports);
    }

    private static void closeQuietly(CompletableFuture<? extends AutoCloseable> part) {
        try {
            part.join().close();
        } catch (Exception ignored) {
            // it failed to start, or fails to stop: the original error is the one to report
        }
    }

    public Settings settings() {
        return settings;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public MailCatcher mail() {
        return mail;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** The services started so far, in start order. */
    public List<ServiceProcess> services() {
        synchronized (services) {
            return List.copyOf(services);
        }
    }

    public Optional<ServiceProcess> service(Service which) {
        return services().stream().filter(s -> s.name().equals(which.module())).reduce((a, b) -> b);
    }

    /**
     * The configuration a service needs to run against this stack: HTTP port ({@code 0}: one the system gives), Kafka,
     * its database, the SMTP catcher (alert-service), the users. {@code extra} entries win.
     */
    public synchronized Map<String, String> serviceConfig(Service service, int port, Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.http.port", String.valueOf(port));
        // like Kafka, PostgreSQL and the mail page: reachable from this machine only
        config.put("quarkus.http.host", "127.0.0.1");
        // health, metrics, OpenAPI and Swagger UI are on the management port, not on the API port; one the system gives
        // when the service binds it (the service says which): a port chosen free before the start could be taken by
        // another process before the service binds it, and the service would not start
        config.put("quarkus.management.port", "0");
        config.put("quarkus.management.host", "127.0.0.1");
        // outbound requests are pinned to the checked address and send the Host header themselves (platform)
        config.put("jdk.httpclient.allowRestrictedHeaders", "host");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        service.database().ifPresent(db -> {
            config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(db));
            config.put("quarkus.datasource.username", postgres.username());
            config.put("quarkus.datasource.password", postgres.password());
        });
        if (service == Service.ALERT) {
            config.putAll(mail.mailerConfig("Policy Monitor <alerts@policy-monitor.local>"));
        }
        if (usersConfig == null) {
            usersConfig = credentials.serviceConfig(); // bcrypt is slow on purpose: hash once per stack
        }
        config.putAll(usersConfig);
        config.putAll(extra);
        return config;
    }

    /**
     * What alert-service's console needs to show the Sources and Rules pages: where ingest-service and
     * classifier-service listen on this machine, and the admin user to call them with (admin, so that an admin's
     * "poll now" works; the console itself lets only admins use it).
     */
    public Map<String, String> consoleConfig(int ingestPort, int classifierPort) {
        return Map.of(
                "policy.alert.console.ingest.url", "http://127.0.0.1:" + ingestPort,
                "policy.alert.console.ingest.username", Credentials.ADMIN,
                "policy.alert.console.ingest.password", credentials.adminPassword(),
                "policy.alert.console.classifier.url", "http://127.0.0.1:" + classifierPort,
                "policy.alert.console.classifier.username", Credentials.ADMIN,
                "policy.alert.console.classifier.password", credentials.adminPassword());
    }

    /**
     * Starts a packaged service on an HTTP port the system gives it when it binds (what tests want: no port chosen
     * beforehand that another process could take first). Returns at once; {@link ServiceProcess#port()} is known once
     * {@link ServiceProcess#awaitReady(Duration)} has returned.
     */
    public ServiceProcess startService(Service service, Map<String, String> extra) {
        return startService(service, 0, extra);
    }

    /**
     * Starts a packaged service (stopping one left over by a killed earlier run on the same data folder first) on this
     * HTTP port ({@code 0}: one the system gives). Returns at once; call {@link ServiceProcess#awaitReady(Duration)}.
     */
    public synchronized ServiceProcess startService(Service service, int port, Map<String, String> extra) {
        return startService(service, port, extra, List.of());
    }

    /**
     * As {@link #startService(Service, int, Map)}, with JVM options for this service only, after the settings' ones
     * (so they win), e.g. a benchmark's GC sizing tried on one service.
     */
    public synchronized ServiceProcess startService(Service service, int port, Map<String, String> extra,
                                                    List<String> extraJvmOptions) {
        List<String> jvmOptions = new ArrayList<>(settings.serviceJvmOptions());
        jvmOptions.addAll(extraJvmOptions);
        return launch(service, port, extra, jvmOptions);
    }

    /** Starts a service with these JVM options, all of them (the settings' ones and the service's own). */
    private synchronized ServiceProcess launch(Service service, int port, Map<String, String> extra,
                                               List<String> jvmOptions) {
        if (closed) {
            throw new IllegalStateException("the local stack is stopped; " + service.module() + " was not started");
        }
        Path pidFile = settings.dataDir().resolve("run").resolve(service.module() + ".pid");
        ServiceProcess.stopLeftover(pidFile, Duration.ofSeconds(20))
                .ifPresent(pid -> LOG.warning("stopped " + service.module() + " (pid " + pid + ") left over from an earlier run"));
        if (port != 0) {
            Ports.requireFree(port, service.module(), "--" + service.module().replace("-service", "") + "-port");
        }
        ServiceSpec spec = new ServiceSpec(service.module(), service.jar(settings.repoRoot()), port,
                serviceConfig(service, port, extra), jvmOptions,
                settings.logsDir().resolve(service.module() + ".log"), pidFile, settings.dataDir());
        ServiceProcess process = ServiceProcess.start(spec);
        services.add(process);
        return process;
    }

    /**
     * Waits until every started service answers {@code /q/health/ready} (in parallel); fails with the end of the
     * log of the first one that exits or is not ready in time.
     */
    public void awaitServicesReady(Duration timeout) {
        List<CompletableFuture<Void>> waits = services().stream()
                .map(p -> CompletableFuture.runAsync(() -> p.awaitReady(timeout)))
                .toList();
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Starts a service again — stopped, killed, or still running (then it is stopped first) — with the configuration
     * it had, on the HTTP port it was started with: a port the user chose stays (taken meanwhile: an error, as at the
     * first start), and {@code 0} (what tests use) asks the system for a port again, so the process returned may listen
     * on another one ({@link ServiceProcess#port()} once ready). Taking the old port again would be a race: it was free
     * for as long as the service was down, and another process (a second test suite on the machine) may have taken it.
     * The JVM options are those it had too, its own ({@code extraJvmOptions}: a benchmark's GC sizing) included.
     */
    public ServiceProcess restartService(ServiceProcess old) {
        Service service = Service.ofModule(old.name());
        stopService(old);
        // the port as configured, not the one it had: 0 asks the system again (the old one may be another's by now);
        // the JVM options as started (the settings' and the service's own), not the settings' alone
        return launch(service, old.spec().port(), old.spec().config(), old.spec().jvmOptions());
    }

    /** Stops one service (gracefully) and forgets it; {@link #startService} can start it again. */
    public void stopService(ServiceProcess process) {
        process.stop(Duration.ofSeconds(20));
        services.remove(process);
    }

    /** Stops the services (all at once, each gracefully), then Kafka, PostgreSQL and the SMTP catcher. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<ServiceProcess> running = services();
        // SIGTERM to all at once (each drains in parallel), then wait for each
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (int i = running.size() - 1; i >= 0; i--) {
            ServiceProcess p = running.get(i);
            stopping.add(CompletableFuture.runAsync(() -> p.stop(Duration.ofSeconds(20))));
        }
        stopping.forEach(CompletableFuture::join);
        services.clear();
        kafka.close();
        postgres.close();
        mail.close();
        lock.close();
    }
}
