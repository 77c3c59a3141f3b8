package org.policymonitor.system.faults;

import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.policymonitor.launcher.LocalStack;
import org.policymonitor.launcher.infra.LocalPostgres;
import org.policymonitor.launcher.infra.PortRetry;
import org.policymonitor.launcher.infra.Ports;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.ServiceProcess;
import org.policymonitor.system.e2e.Api;
import org.policymonitor.testing.http.WebhookReceiver;
import org.policymonitor.testing.http.WebhookReceiver.Behaviour;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.policymonitor.system.faults.Scenario.Subscriber.email;
import static org.policymonitor.system.faults.Scenario.Subscriber.webhook;

/**
 * The fault suite of issue 9: the three packaged services as separate processes on real Kafka (a child JVM that
 * can be SIGKILLed), two real PostgreSQL servers (ingest's and alert's, so that each database can be down on its
 * own), a real SMTP server and real webhook receivers; items flow through the pipeline while each fault lasts, and
 * afterwards every scenario must meet the same invariant (see {@link Invariant}): every item stored once, one
 * delivery id per (subscription, item), accepted — with no process restarted by hand.
 * <p>
 * Scenarios that cannot disturb each other's items share a phase (each has its own source and its own
 * subscriptions, so the invariant is judged per scenario), which keeps the suite under 10 minutes:
 * <ol>
 *   <li>deliveries, ingest database and broker — (b) ingest's PostgreSQL down 90 s, (d) SMTP down 2 min,
 *       (e) a receiver stalling after its headers for 45 s while another subscription of the same items must keep
 *       getting them within seconds, (f) a receiver answering 500 for 2 min, and, once ingest's database is back,
 *       (c) the broker killed (SIGKILL) and restarted 20 s later on the same port and log directory. The items of
 *       d, e and f are published straight to {@code policy.items.raw} (their faults are downstream of ingest, and
 *       ingest cannot poll while its database is down); those of b and c come through ingest from RSS feeds;</li>
 *   <li>SIGKILL of alert-, classifier- and ingest-service, 5 s apart, each in the middle of a burst of items of its
 *       own (g); the platform starts them again;</li>
 *   <li>(a) alert's PostgreSQL down 90 s while 36 items arrive — last, because the defect it shows leaves the
 *       alert consumer dead, which would fail every later scenario for the wrong reason.</li>
 *   <li>(h) the broker FROZEN (SIGSTOP) 60 s while feed items arrive, then SIGCONT: connections stay open and nothing
 *       answers; every service's liveness probe must answer 200 within 5 s meanwhile (a probe that hangs or fails
 *       gets the pods restarted in a loop), and the invariant holds afterwards.</li>
 * </ol>
 * Before phases 2, 3 and 4 a canary item must reach its webhook; if it does not, the previous phase left the pipeline
 * stuck (and has failed already): every service is restarted, and the report says so.
 * <p>
 * Ports: the services listen on ports the system gives them, and the platform starts a killed one on a new port
 * (alert's API is asked where it is each time, {@link #alertApi}). Kafka, the two PostgreSQL servers and the SMTP
 * catcher come back on their own ports, on purpose: the services hold those addresses in their configuration, as clients of a broker or
 * database host that restarts do, and a move would be another fault than the outage under test. Those ports are free
 * only during their outage; another process taking one then would fail the restart loudly (the part's log says so).
 * <p>
 * Run with {@code -Pfaults} (see system-tests/README.md); the report is in {@code target/fault-suite-report.txt},
 * the services' logs in {@code target/fault-data/logs/}.
 */
@Tag("faults")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTest {

    static final Duration STARTUP = Duration.ofMinutes(3);
    static final Duration DATABASE_DOWN = Duration.ofSeconds(90);
    static final Duration SMTP_DOWN = Duration.ofMinutes(2);
    static final Duration RECEIVER_FAILING = Duration.ofMinutes(2);
    static final Duration STALL = Duration.ofSeconds(45);
    static final Duration BROKER_KILLED_AT = Duration.ofSeconds(95);
    static final Duration BROKER_DOWN = Duration.ofSeconds(20);
    static final Duration BROKER_FROZEN = Duration.ofSeconds(60);
    /** What a liveness probe may take while a dependency is frozen (the deployments' probes wait 3 s). */
    static final Duration PROBE_ANSWERS = Duration.ofSeconds(5);
    /** Once its phase's faults are over, a scenario's invariant must hold within this. */
    static final Duration RECOVERY = Duration.ofSeconds(90);
    /** "Another subscription's alerts keep arriving within seconds" while a receiver stalls (a loaded 2-core machine). */
    static final Duration BESIDE_A_STALL = Duration.ofSeconds(15);
    static final String INJECTED_BASE = "https://faults.example.org";
    static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(PROBE_ANSWERS).build();

    static Path dataDir;
    static LocalStack stack;
    static LocalPostgres alertDatabase;
    static Feeds feeds;
    static String feedBase;
    static WebhookReceiver receivers;
    static Platform platform;
    static RawPublisher raw;
    static Invariant invariant;
    static final List<String> report = new ArrayList<>();
    static final Instant suiteStart = Instant.now();

    static final Scenario ALERT_DB = new Scenario("a) alert-service database down 90 s", "fault-alert-db",
            List.of(webhook("alert-db"), email("alert-db@faults.example.org")), false);
    static final Scenario INGEST_DB = new Scenario("b) ingest-service database down 90 s", "fault-ingest-db",
            List.of(webhook("ingest-db")), false);
    static final Scenario BROKER = new Scenario("c) Kafka broker killed (SIGKILL) and restarted 20 s later", "fault-broker",
            List.of(webhook("broker")), false);
    static final Scenario SMTP = new Scenario("d) SMTP down 2 min", "fault-smtp",
            List.of(email("smtp-down@faults.example.org")), true);
    static final Scenario STALLED = new Scenario("e) a webhook receiver stalls after its headers; another subscription keeps getting alerts",
            "fault-stall", List.of(webhook("stalled"), webhook("beside-stalled")), false);
    static final Scenario FAILING = new Scenario("f) a webhook receiver answers 500 for 2 min", "fault-500",
            List.of(webhook("failing")), false);
    static final Scenario KILL_INGEST = new Scenario("g1) SIGKILL of ingest-service mid-burst", "fault-kill-ingest",
            List.of(webhook("kill-ingest")), false);
    static final Scenario KILL_CLASSIFIER = new Scenario("g2) SIGKILL of classifier-service mid-burst", "fault-kill-classifier",
            List.of(webhook("kill-classifier")), false);
    // a send cut off by the SIGKILL is repeated under the same id: mails repeated after the kill are noted, not judged
    static final Scenario KILL_ALERT = new Scenario("g3) SIGKILL of alert-service mid-burst", "fault-kill-alert",
            List.of(webhook("kill-alert"), email("kill-alert@faults.example.org")), false);
    static final Scenario FROZEN_BROKER = new Scenario("h) Kafka broker frozen (SIGSTOP) 60 s, then SIGCONT",
            "fault-frozen-broker", List.of(webhook("frozen-broker")), false);
    static final Scenario CANARY = new Scenario("canary", "fault-canary", List.of(webhook("canary")), false);
    static final List<Scenario> FEED_SOURCES = List.of(INGEST_DB, BROKER, KILL_INGEST, KILL_CLASSIFIER, KILL_ALERT, ALERT_DB,
            FROZEN_BROKER, CANARY);
    static final List<Scenario> ALL = List.of(ALERT_DB, INGEST_DB, BROKER, SMTP, STALLED, FAILING, KILL_INGEST,
            KILL_CLASSIFIER, KILL_ALERT, FROZEN_BROKER, CANARY);

    @BeforeAll
    static void startTheSystem() throws Exception {
        dataDir = Path.of("target", "fault-data").toAbsolutePath();
        deleteRecursively(dataDir);
        feeds = new Feeds();
        receivers = new WebhookReceiver();
        Path repoRoot = Path.of(System.getProperty("policy.repo.root", "..")).toAbsolutePath().normalize();
        stack = LocalStack.start(LocalStack.Settings.withFreePorts(dataDir, repoRoot).withKafkaInChildProcess());
        // alert's database on a PostgreSQL server of its own: "alert database down" must not take ingest's with it
        // (the launcher's server keeps policy_ingest; its policy_alert stays unused)
        alertDatabase = PortRetry.start("PostgreSQL of alert", new int[] {Ports.free()}, ports -> LocalPostgres.start(
                dataDir.resolve("postgres-alert"), ports[0], stack.settings().logsDir().resolve("postgres-alert.log")));
        alertDatabase.ensureDatabase("policy_alert");

        StringBuilder sources = new StringBuilder("version: 1\nsources:\n");
        for (Scenario s : FEED_SOURCES) {
            String url = feeds.feed(s.sourceId);
            sources.append("""
                      - id: %s
                        name: Fault suite %s
                        type: rss
                        url: %s
                        language: en
                        pollInterval: PT1S
                        expectedCadence: P7D
                        enabled: true
                    """.formatted(s.sourceId, s.sourceId, url));
        }
        feedBase = feeds.feed(CANARY.sourceId).replace("/" + CANARY.sourceId + "/feed.rss", "");
        Path sourcesFile = dataDir.resolve("sources.yaml");
        Files.writeString(sourcesFile, sources, StandardCharsets.UTF_8);

        platform = new Platform(stack);
        // all three at once: the feeds are empty until the first phase, so ingest has nothing to publish before the
        // subscriptions exist
        // each on a port the system gives it; the platform starts a dead one again on a new port (its old one was free
        // while it was down, and another process may have taken it), so alert's API is asked where it is each time
        platform.start(Service.CLASSIFIER, Map.of());
        platform.start(Service.ALERT, alertConfig());
        platform.start(Service.INGEST, Map.of(
                "policy.sources.file", sourcesFile.toString(),
                "policy.poller.tick", "1s",
                "policy.poller.initial-delay", "0s",
                "policy.poller.backoff.initial", "PT1S",
                "policy.poller.backoff.max", "PT5S"));
        stack.awaitServicesReady(STARTUP);
        Api admin = alertApi("admin", stack.credentials().adminPassword());
        for (Scenario s : ALL) {
            for (Scenario.Subscriber sub : s.subscribers) {
                subscribe(admin, s, sub);
            }
        }
        invariant = new Invariant(() -> alertApi("analyst", stack.credentials().analystPassword()), receivers, stack.mail());
        raw = new RawPublisher(stack.kafka().bootstrapServers());
        report.add("system up in " + Duration.between(suiteStart, Instant.now()).toSeconds() + " s");
    }

    /** Sends and retries quickly (the suite's deadlines are minutes), otherwise the shipped defaults. */
    static Map<String, String> alertConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", alertDatabase.jdbcUrl("policy_alert"));
        config.put("quarkus.datasource.username", alertDatabase.username());
        config.put("quarkus.datasource.password", alertDatabase.password());
        config.put("policy.alert.worker.interval", "1s");
        config.put("policy.alert.worker.lease", "PT30S");
        config.put("policy.alert.webhook.connect-timeout", "PT2S");
        config.put("policy.alert.webhook.request-timeout", "PT5S");
        config.put("policy.alert.webhook.allow-private-addresses", "true"); // the receivers run on this machine
        config.put("policy.alert.mail.send-timeout", "PT5S");
        config.put("policy.alert.retry.base-delay", "PT1S");
        config.put("policy.alert.retry.max-delay", "PT5S");
        return config;
    }

    /** alert-service's API where it listens now (its port changes when the platform starts it again). */
    static Api alertApi(String user, String password) {
        return new Api(platform.process(Service.ALERT).baseUrl(), user, password);
    }

    static void subscribe(Api admin, Scenario s, Scenario.Subscriber sub) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", s.sourceId + " → " + sub.name());
        body.put("themes", List.of("ai-law"));
        body.put("sources", List.of(s.sourceId));
        body.put("mode", "immediate");
        body.put("enabled", true);
        if (sub.channel() == Scenario.Channel.WEBHOOK) {
            boolean slow = s == KILL_ALERT; // slow answers stretch the burst, so that the kill lands mid-send
            body.put("channel", "webhook");
            body.put("url", receivers.endpoint(sub.target(), slow ? Behaviour.SLOW : Behaviour.ACCEPT));
            body.put("secret", "fault-suite-secret-0123456789");
        } else {
            body.put("channel", "email");
            body.put("email", sub.target());
        }
        admin.post("/api/subscriptions", body);
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        report.add("suite wall time " + Duration.between(suiteStart, Instant.now()).toSeconds() + " s");
        String text = String.join("\n", report) + "\n";
        System.out.println("\n==== fault suite ====\n" + text);
        Files.writeString(Path.of("target", "fault-suite-report.txt"), text, StandardCharsets.UTF_8);
        for (AutoCloseable c : new AutoCloseable[] {raw, platform, stack, alertDatabase, feeds, receivers}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.err.println("could not stop " + c + ": " + e);
                }
            }
        }
    }

    // ---- phase 1 ----------------------------------------------------------------------------------------------

    @TestFactory
    @Order(1)
    Stream<DynamicTest> deliveriesIngestDatabaseAndBroker() throws Exception {
        Instant phaseStart = beginPhase(1, "b, c, d, e, f together");
        try (Timeline t = new Timeline()) {
            receivers.behave("stalled", Behaviour.STALL);
            receivers.behave("failing", Behaviour.FAIL);
            List.of(INGEST_DB, SMTP, STALLED, FAILING).forEach(Scenario::faultBegins);
            stack.postgres().stop();
            stack.mail().stopSmtp();

            t.every(Duration.ofSeconds(5), Duration.ZERO, DATABASE_DOWN.minusSeconds(5), "b: a feed item",
                    () -> feeds.add(INGEST_DB.newItem(feedBase)));
            t.every(Duration.ofSeconds(6), Duration.ZERO, SMTP_DOWN.minusSeconds(6), "d: an item",
                    () -> raw.publish(SMTP.newItem(INJECTED_BASE)));
            t.every(Duration.ofSeconds(3), Duration.ofSeconds(1), STALL.minusSeconds(3), "e: an item",
                    () -> raw.publish(STALLED.newItem(INJECTED_BASE)));
            t.every(Duration.ofSeconds(6), Duration.ofSeconds(3), RECEIVER_FAILING.minusSeconds(3), "f: an item",
                    () -> raw.publish(FAILING.newItem(INJECTED_BASE)));
            t.at(STALL, "e: the stalled receiver answers again", () -> {
                receivers.behave("stalled", Behaviour.ACCEPT);
                receivers.release();
                STALLED.faultEnds();
            });
            t.at(DATABASE_DOWN, "b: ingest's PostgreSQL starts again", () -> {
                stack.postgres().restart();
                INGEST_DB.faultEnds();
            });
            t.every(Duration.ofSeconds(3), BROKER_KILLED_AT.minusSeconds(5), BROKER_KILLED_AT.plus(BROKER_DOWN).plusSeconds(10),
                    "c: a feed item", () -> feeds.add(BROKER.newItem(feedBase)));
            t.at(BROKER_KILLED_AT, "c: SIGKILL of the broker", () -> {
                BROKER.faultBegins();
                stack.kafka().kill();
            });
            t.at(SMTP_DOWN, "d, f: SMTP starts again, the failing receiver answers 200", () -> {
                stack.mail().startSmtp();
                SMTP.faultEnds();
                receivers.behave("failing", Behaviour.ACCEPT);
                FAILING.faultEnds();
            });
            t.at(BROKER_KILLED_AT.plus(BROKER_DOWN), "c: the broker starts again (same port, same log directory)", () -> {
                stack.kafka().restart();
                BROKER.faultEnds();
            });
            t.awaitDone();
        }
        raw.awaitAllSent(Duration.ofMinutes(2));
        Instant phaseEnd = Instant.now();
        return judgeTogether(List.of(INGEST_DB, BROKER, SMTP, STALLED, FAILING), phaseStart, phaseEnd,
                s -> s == STALLED ? besideTheStall() : List.of());
    }

    /** e: every item published while the receiver stalled reached the other subscription within seconds. */
    static List<String> besideTheStall() {
        List<String> late = new ArrayList<>();
        Duration worst = Duration.ZERO;
        for (FaultItem item : STALLED.items) {
            Instant first = receivers.receipts("beside-stalled").stream()
                    .filter(r -> Invariant.alertedLink(r.body()).contains(item.marker()))
                    .map(r -> r.arrived()).min(Instant::compareTo).orElse(null);
            Duration latency = first == null ? null : Duration.between(item.createdAt(), first);
            if (latency == null || latency.compareTo(BESIDE_A_STALL) > 0) {
                late.add(item.slug() + (latency == null ? " never" : " after " + latency.toMillis() / 1000.0 + " s"));
            }
            if (latency != null && latency.compareTo(worst) > 0) {
                worst = latency;
            }
        }
        return late.isEmpty() ? List.of() : List.of("latency exceeded at webhook beside-stalled while the other receiver "
                + "stalled (limit " + BESIDE_A_STALL.toSeconds() + " s, worst " + worst.toMillis() / 1000.0 + " s): " + Invariant.brief(late));
    }

    // ---- phase 2 ----------------------------------------------------------------------------------------------

    @TestFactory
    @Order(2)
    Stream<DynamicTest> eachServiceKilledMidBurst() throws Exception {
        Instant phaseStart = beginPhase(2, "g3, g2, g1 staggered");
        Map<Service, Long> killedPids = new LinkedHashMap<>();
        for (Service s : Service.values()) {
            killedPids.put(s, platform.process(s).pid());
        }
        // downstream first, so that each service is busy with its own burst when it is killed: alert-service sends
        // (slowly answered) alerts of items published straight to policy.items.raw, the classifier classifies such
        // items while alert-service restarts, ingest-service polls a feed while both restart
        try (Timeline t = new Timeline()) {
            burst(t, KILL_ALERT, Duration.ZERO, () -> raw.publish(KILL_ALERT.newItem(INJECTED_BASE)));
            kill(t, KILL_ALERT, Service.ALERT, Duration.ofSeconds(5));
            burst(t, KILL_CLASSIFIER, Duration.ofSeconds(5), () -> raw.publish(KILL_CLASSIFIER.newItem(INJECTED_BASE)));
            kill(t, KILL_CLASSIFIER, Service.CLASSIFIER, Duration.ofSeconds(10));
            burst(t, KILL_INGEST, Duration.ofSeconds(10), () -> feeds.add(KILL_INGEST.newItem(feedBase)));
            kill(t, KILL_INGEST, Service.INGEST, Duration.ofSeconds(15));
            t.awaitDone();
        }
        // the platform (Platform) notices each dead process and starts it again, as compose or Kubernetes would
        for (Map.Entry<Service, Long> killed : killedPids.entrySet()) {
            awaitRestartedByThePlatform(killed.getKey(), killed.getValue());
        }
        List.of(KILL_ALERT, KILL_CLASSIFIER, KILL_INGEST).forEach(Scenario::faultEnds);
        raw.awaitAllSent(Duration.ofMinutes(1));
        return judgeTogether(List.of(KILL_INGEST, KILL_CLASSIFIER, KILL_ALERT), phaseStart, Instant.now(), s -> List.of());
    }

    /** 25 items in 10 s from the offset on. */
    static void burst(Timeline t, Scenario s, Duration from, Runnable newItem) {
        t.every(Duration.ofMillis(400), from, from.plusSeconds(10), s.sourceId + ": an item", newItem);
    }

    static void kill(Timeline t, Scenario s, Service service, Duration at) {
        t.at(at, "SIGKILL of " + service.module() + " (" + s.title.substring(0, 2) + ")", () -> {
            s.faultBegins();
            platform.kill(service);
        });
    }

    static void awaitRestartedByThePlatform(Service service, long killedPid) {
        ServiceProcess p = waiting(STARTUP, Duration.ofMillis(500))
                .alias(service.module() + " started again by the platform")
                // the platform forgets the dead process just before it starts the new one: nothing to see for a moment
                .ignoreExceptionsInstanceOf(NoSuchElementException.class)
                .until(() -> platform.process(service), q -> q.pid() != killedPid && q.isAlive());
        p.awaitReady(STARTUP);
    }

    // ---- phase 3 ----------------------------------------------------------------------------------------------

    @TestFactory
    @Order(3)
    Stream<DynamicTest> alertDatabaseDown() throws Exception {
        Instant phaseStart = beginPhase(3, "a");
        try (Timeline t = new Timeline()) {
            ALERT_DB.faultBegins();
            alertDatabase.stop();
            // 36 items in 90 s, as in the outage the issue reports
            t.every(Duration.ofMillis(2500), Duration.ZERO, DATABASE_DOWN.minusMillis(1), "a: a feed item",
                    () -> feeds.add(ALERT_DB.newItem(feedBase)));
            t.at(DATABASE_DOWN, "a: alert's PostgreSQL starts again", () -> {
                alertDatabase.restart();
                ALERT_DB.faultEnds();
            });
            t.awaitDone();
        }
        return judgeTogether(List.of(ALERT_DB), phaseStart, Instant.now(), s -> List.of());
    }

    // ---- phase 4 ----------------------------------------------------------------------------------------------

    @TestFactory
    @Order(4)
    Stream<DynamicTest> brokerFrozen() throws Exception {
        Instant phaseStart = beginPhase(4, "h");
        List<String> probes = new CopyOnWriteArrayList<>();
        try (Timeline t = new Timeline()) {
            FROZEN_BROKER.faultBegins();
            stack.kafka().freeze();
            t.every(Duration.ofSeconds(3), Duration.ZERO, BROKER_FROZEN.plusSeconds(10), "h: a feed item",
                    () -> feeds.add(FROZEN_BROKER.newItem(feedBase)));
            // a liveness probe that hangs or fails while the broker is frozen gets the pods restarted in a loop
            t.every(Duration.ofSeconds(10), Duration.ofSeconds(5), BROKER_FROZEN.minusSeconds(5),
                    "h: every service's liveness probe", () -> probes.addAll(livenessProblems()));
            // readiness answers in time too, and says why the instance is out of service: a probe that times out
            // takes it out of service with no cause shown (the first 15 s let the background check notice)
            t.every(Duration.ofSeconds(10), Duration.ofSeconds(15), BROKER_FROZEN.minusSeconds(5),
                    "h: every service's readiness probe", () -> probes.addAll(readinessProblems()));
            t.at(BROKER_FROZEN, "h: the broker runs again (SIGCONT)", () -> {
                stack.kafka().thaw();
                FROZEN_BROKER.faultEnds();
            });
            t.awaitDone();
        } finally {
            stack.kafka().thaw(); // never leave it frozen for what follows
        }
        try {
            await("every service ready again after the thaw").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> readyAgain().isEmpty());
        } catch (ConditionTimeoutException e) {
            probes.addAll(readyAgain());
        }
        return judgeTogether(List.of(FROZEN_BROKER), phaseStart, Instant.now(), s -> List.copyOf(probes));
    }

    /** Each service whose readiness probe did not answer within {@link #PROBE_ANSWERS}, or not DOWN naming Kafka. */
    static List<String> readinessProblems() {
        return probeEveryService("/q/health/ready", r -> r.statusCode() == 503 && r.body().contains("Kafka"),
                "not 503 naming Kafka while the broker was frozen");
    }

    /** Each service whose readiness probe does not (yet) answer 200. */
    static List<String> readyAgain() {
        return probeEveryService("/q/health/ready", r -> r.statusCode() == 200, "not ready after the broker was thawed");
    }

    /** Each service whose liveness probe did not answer 200 within {@link #PROBE_ANSWERS}, and how. */
    static List<String> livenessProblems() {
        return probeEveryService("/q/health/live", r -> r.statusCode() == 200, "not live while the broker was frozen");
    }

    /** Each service whose probe at {@code path} did not answer in time, or answered other than {@code expected}. */
    static List<String> probeEveryService(String path, Predicate<HttpResponse<String>> expected, String otherwise) {
        List<String> problems = new ArrayList<>();
        for (Service s : Service.values()) {
            probe(s, path, problems).filter(expected.negate()).ifPresent(r -> problems.add(s.module() + " " + path
                    + " answered " + r.statusCode() + ", " + otherwise + ": " + r.body()));
        }
        return problems;
    }

    /** One probe as the kubelet makes it: the answer within {@link #PROBE_ANSWERS}, or empty with the problem added. */
    static Optional<HttpResponse<String>> probe(Service s, String path, List<String> problems) {
        String url = platform.process(s).managementUrl() + path;
        try {
            return Optional.of(PROBE.send(HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_ANSWERS).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            problems.add(s.module() + " " + path + " did not answer within " + PROBE_ANSWERS.toSeconds() + " s: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(s.module() + " " + path + " probe interrupted");
        }
        return Optional.empty();
    }

    /**
     * Skips the phase unless it is selected; after phase 1, a canary item must first reach its webhook (else the
     * previous phase left the pipeline stuck: every service is restarted). Returns when the phase begins.
     */
    static Instant beginPhase(int phase, String scenarios) {
        runsPhase(phase);
        if (phase > 1) {
            canary("phase " + phase);
        }
        report.add("phase " + phase + ": " + scenarios);
        return Instant.now();
    }

    /** {@code -Dfaults.phases=2,3} runs only those phases (to work on one scenario); all by default. */
    static void runsPhase(int phase) {
        String selected = System.getProperty("faults.phases", "1,2,3,4");
        Assumptions.assumeTrue(List.of(selected.split(",")).contains(String.valueOf(phase)),
                "phase " + phase + " not selected by -Dfaults.phases=" + selected);
    }

    // ---- judging ----------------------------------------------------------------------------------------------

    /**
     * Judges the scenarios of a phase in parallel (each waits for its invariant until the phase's faults have been
     * over for {@link #RECOVERY}); one dynamic test per scenario, named after it, fails with what broke.
     */
    static Stream<DynamicTest> judgeTogether(List<Scenario> scenarios, Instant phaseStart, Instant faultsOver,
                                             Function<Scenario, List<String>> extra) {
        Map<Scenario, CompletableFuture<List<String>>> verdicts = new LinkedHashMap<>();
        // a thread per scenario: the common pool has a single thread on a 2-core machine
        ExecutorService judges = Executors.newFixedThreadPool(scenarios.size());
        try {
            for (Scenario s : scenarios) {
                verdicts.put(s, CompletableFuture.supplyAsync(() -> judge(s, faultsOver, extra), judges));
            }
            CompletableFuture.allOf(verdicts.values().toArray(CompletableFuture[]::new)).join();
        } finally {
            judges.shutdownNow();
        }
        List<Platform.Restart> restarts = platform.restartsBetween(phaseStart, Instant.now());
        report.add("   phase wall time " + Duration.between(phaseStart, Instant.now()).toSeconds() + " s; restarted by the platform: "
                + (restarts.isEmpty() ? "none" : restarts.stream().map(r -> r.service().module() + " (exit " + r.exitCode()
                + ", +" + Duration.between(phaseStart, r.at()).toSeconds() + " s)").toList()));
        return verdicts.entrySet().stream().map(v -> DynamicTest.dynamicTest(v.getKey().title, () -> {
            List<String> problems = v.getValue().join();
            if (!problems.isEmpty()) {
                throw new AssertionError(v.getKey().title + ": " + String.join("; ", problems));
            }
        }));
    }

    static List<String> judge(Scenario s, Instant faultsOver, Function<Scenario, List<String>> extra) {
        List<String> problems = invariant.broken(s);
        Duration left = Duration.between(Instant.now(), faultsOver.plus(RECOVERY));
        if (!problems.isEmpty() && left.compareTo(Duration.ZERO) > 0) {
            // the last verdict is the one reported, whether the invariant came to hold or the deadline passed
            AtomicReference<List<String>> last = new AtomicReference<>(problems);
            try {
                waiting(left, Duration.ofSeconds(3)).until(() -> {
                    last.set(invariant.broken(s));
                    return last.get().isEmpty();
                });
            } catch (ConditionTimeoutException stillBroken) {
                // reported below with what is broken
            }
            problems = last.get();
        }
        Instant judged = Instant.now();
        List<String> all = new ArrayList<>();
        if (!problems.isEmpty()) {
            all.add("invariant still broken " + Duration.between(faultsOver, judged).toSeconds() + " s after the faults ended");
            all.addAll(problems);
        }
        all.addAll(extra.apply(s));
        String line = String.format("%-100s %s  wall %3d s (fault %s, then the invariant %s)", s.title,
                all.isEmpty() ? "PASS" : "FAIL", Duration.between(s.faultStart, judged).toSeconds(),
                s.faultEnd == null ? "?" : Duration.between(s.faultStart, s.faultEnd).toSeconds() + " s",
                problems.isEmpty() ? "held" : "was still broken");
        synchronized (report) {
            report.add(line);
            all.forEach(p -> report.add("      " + p));
            invariant.notes(s).forEach(n -> report.add("      note: " + n));
        }
        return all;
    }

    /** A canary item must reach its webhook; if not, the previous phase left the pipeline stuck: reset. */
    static void canary(String before) {
        if (canaryArrives(Duration.ofSeconds(60))) {
            return;
        }
        report.add("RESET before " + before + ": the canary item was not alerted within 60 s — the previous phase left "
                + "the pipeline stuck; every service restarted so that the next phase is judged on its own");
        platform.resetAll(STARTUP);
        if (!canaryArrives(Duration.ofSeconds(90))) {
            report.add("      the canary did not arrive after the reset either");
        }
    }

    static boolean canaryArrives(Duration within) {
        FaultItem item = CANARY.newItem(feedBase);
        feeds.add(item);
        try {
            waiting(within, Duration.ofSeconds(1)).until(() -> receivers.receipts("canary").stream()
                    .anyMatch(r -> r.accepted() && Invariant.alertedLink(r.body()).contains(item.marker())));
            return true;
        } catch (ConditionTimeoutException notAlerted) {
            return false;
        }
    }

    /**
     * A wait of the suite: the condition is checked at once, then every {@code interval}, until {@code atMost}.
     * Exceptions thrown by other threads are not the wait's business, as they were not for the sleep loops this
     * replaces: by default Awaitility fails a wait with any uncaught exception of the JVM, and GreenMail's SMTP thread
     * throws one ("Connection reset") whenever alert-service is killed in the middle of a mail.
     */
    static ConditionFactory waiting(Duration atMost, Duration interval) {
        return await().dontCatchUncaughtExceptions()
                .pollDelay(Duration.ZERO)
                .pollInterval(interval)
                .atMost(atMost);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
