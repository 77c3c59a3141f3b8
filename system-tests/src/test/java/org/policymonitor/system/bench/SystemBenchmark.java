package org.policymonitor.system.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.launcher.LocalStack;
import org.policymonitor.launcher.service.Service;
import org.policymonitor.launcher.service.ServiceProcess;
import org.policymonitor.testing.corpus.BenchmarkNews;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system under load: the three packaged services as separate processes (default JVM options of the
 * launcher: SerialGC, -Xmx256m) on the launcher's Kafka and PostgreSQL, fed straight into {@code policy.items.raw}.
 * Prints sustained throughput raw → stored, latency publish → stored and publish → webhook at a steady rate, and each
 * service's resident memory and CPU per item, beside the targets of issue 14 (those of issue 6 were ≥ 1,000 items/s,
 * p99 < 1 s, RSS < 300 MB). Asserts only that every item arrived — never on speed.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests     # once: the packaged services and the launcher
 * ./mvnw -B -pl system-tests verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=SystemBenchmark
 * </pre>
 * Knobs (system properties): {@code bench.items} (20000), {@code bench.warmup} (2000), {@code bench.rate} (100/s),
 * {@code bench.seconds} (45), {@code bench.pg.statements} (false), {@code bench.pg.wal} (false), {@code bench.jcmd}
 * (jcmd commands run against each service at the end, e.g. {@code VM.metaspace;GC.class_histogram}),
 * {@code bench.alert.*} / {@code bench.classifier.*}
 * (extra service config, e.g. {@code -Dbench.alert.policy.alert.worker.interval=1s}), {@code bench.jfr} (e.g.
 * {@code classifier-service,this}: a flight recording of those processes during the throughput run,
 * {@link FlightRecordings}), {@code bench.jfr.latency} (the same during the latency run). A late webhook in the latency
 * run is caught in the act ({@link StallWatch}) and its time split into storing transaction, worker and send.
 */
@Tag("benchmark")
class SystemBenchmark {

    static final String WARMUP_SOURCE = "bench-warmup";
    static final String THROUGHPUT_SOURCE = "bench-throughput";
    static final String LATENCY_SOURCE = "bench-latency";
    static final String LATENCY_WARMUP_SOURCE = "bench-latency-warmup";
    static final Duration STARTUP = Duration.ofMinutes(3);

    static final int ITEMS = Integer.getInteger("bench.items", 20_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);
    static final int RATE = Integer.getInteger("bench.rate", 100);
    static final int SECONDS = Integer.getInteger("bench.seconds", 45);
    /** Seconds at the steady rate before the measured window: the first alerts of a fresh JVM load and JIT the send path. */
    static final int LATENCY_WARMUP_SECONDS = Integer.getInteger("bench.latency.warmup", 10);
    /**
     * -Dbench.pg.statements=true: PostgreSQL loads pg_stat_statements (shipped with the embedded binaries), and the
     * statements of alert-service's database during the throughput run are written to
     * target/benchmark-statements.txt, dearest first. Off by default: the extension's own bookkeeping costs a little.
     */
    static final boolean PG_STATEMENTS = Boolean.getBoolean("bench.pg.statements");
    /**
     * -Dbench.pg.wal=true: the throughput run's WAL read back after it (pg_walinspect) and written to
     * target/benchmark-wal.txt, records and bytes per item by relation and kind of record. Off by default: reading the
     * WAL back takes the database a few seconds before the latency run.
     */
    static final boolean PG_WAL = Boolean.getBoolean("bench.pg.wal");
    static final String ALERT_DB = "policy_alert";
    /** alert-service's consumer group on policy.items.classified (its application.properties' default). */
    static final String ALERT_GROUP = "alert-service";

    /**
     * The embedded broker's loggers, held at WARNING (held: a logger nobody references may be collected with its level).
     * In this JVM Quarkus's initial log configurator (on the class path through the services' test dependencies) enables
     * every level and queues records for a handler that is never started, so the broker formatted each request as JSON
     * for kafka.request.logger (DEBUG) — about a fifth of its network threads' samples — and counted it as its own CPU.
     */
    static final List<Logger> QUIET_BROKER = List.of(Logger.getLogger("kafka"), Logger.getLogger("org.apache.kafka"),
            Logger.getLogger("state.change.logger"));

    static LocalStack stack;
    /** The subscriber's server, in a JVM of its own (not stopped by this JVM's collections of the broker's heap). */
    static ReceiverProcess webhook;
    /** When the first alert of each item reached the webhook (wall clock, this machine), by item id. */
    static final Map<String, Instant> firstArrival = new ConcurrentHashMap<>();
    static ProcessSampler sampler;
    static List<String> jvmOptions;
    static Map<Service, ServiceProcess> services = new LinkedHashMap<>();
    static final List<String> report = new ArrayList<>();
    /** PostgreSQL's postmaster: its CPU and its children's are the database's share of the machine. */
    static long postmasterPid;
    static Admin admin;

    @BeforeAll
    static void startTheSystem() throws Exception {
        QUIET_BROKER.forEach(l -> l.setLevel(Level.WARNING));
        Path dataDir = Path.of("target", "bench-data").toAbsolutePath();
        deleteRecursively(dataDir);
        Path repoRoot = Path.of(System.getProperty("policy.repo.root", "..")).toAbsolutePath().normalize();
        LocalStack.Settings settings = LocalStack.Settings.withFreePorts(dataDir, repoRoot);
        String extraJvm = System.getProperty("bench.jvm.options", "").trim();
        if (!extraJvm.isEmpty()) { // e.g. -Xlog:gc:file=/tmp/gc-%p.log — added after the launcher's defaults
            List<String> options = new ArrayList<>(LocalStack.DEFAULT_SERVICE_JVM_OPTIONS);
            options.addAll(Arrays.asList(extraJvm.split("\\s+")));
            settings = settings.withServiceJvmOptions(options);
        }
        jvmOptions = settings.serviceJvmOptions();
        stack = LocalStack.start(settings);
        configurePostgres();
        webhook = new ReceiverProcess(firstArrival::putIfAbsent);

        // on ports the system gives each service when it binds (no service needs another's URL before it starts): ports
        // chosen free beforehand could be taken by another process before the services bind them
        services.put(Service.CLASSIFIER, stack.startService(Service.CLASSIFIER, extraConfig("classifier")));
        // bench.jvm.options.alert: JVM options for alert-service alone, after the others (e.g. its young generation)
        String alertJvm = System.getProperty("bench.jvm.options.alert", "").trim();
        services.put(Service.ALERT, stack.startService(Service.ALERT, 0, extraConfig("alert"),
                alertJvm.isEmpty() ? List.of() : Arrays.asList(alertJvm.split("\\s+"))));
        // no sources: the benchmark publishes to policy.items.raw itself; ingest-service runs (and is measured) idle
        services.put(Service.INGEST, stack.startService(Service.INGEST,
                Map.of("policy.sources.file", dataDir.resolve("no-sources.yaml").toString())));
        for (ServiceProcess p : services.values()) {
            p.awaitReady(STARTUP);
        }
        for (ServiceProcess p : services.values()) {
            assertThat(p.isAlive()).as(p.name() + " running (see " + p.logFile() + ")").isTrue();
        }
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach((s, p) -> pids.put(p.name(), p.pid()));
        postmasterPid = postmasterPid();
        sampler = new ProcessSampler(pids);
    }

    /** -Dbench.alert.KEY=VALUE → KEY=VALUE for alert-service (to try a configuration change without editing it). */
    static Map<String, String> extraConfig(String service) {
        Map<String, String> extra = new LinkedHashMap<>();
        if (service.equals("alert")) {
            extra.put("policy.alert.webhook.allow-private-addresses", "true"); // the receiver runs on this machine
        }
        String prefix = "bench." + service + ".";
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> extra.put(k.substring(prefix.length()), System.getProperty(k)));
        return extra;
    }

    @AfterAll
    static void stopTheSystem() throws Exception {
        if (sampler != null) {
            sampler.close();
        }
        if (webhook != null) {
            webhook.close();
        }
        if (admin != null) {
            admin.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (!report.isEmpty()) {
            Path out = Path.of("target", "benchmark-report.txt");
            Files.writeString(out, String.join("\n", report) + "\n");
            System.out.println("(also written to " + out.toAbsolutePath() + ")");
        }
    }

    @Test
    void throughputLatencyAndMemory() throws Exception {
        String load0 = ProcessSampler.loadAverage();
        String run = Long.toString(System.currentTimeMillis(), 36);

        // 1. warm-up (JIT, connection pools, consumer group assignment), not measured
        try (KafkaProducer<String, String> producer = producer(10)) {
            for (int i = 0; i < WARMUP; i++) {
                send(producer, BenchItems.item(WARMUP_SOURCE, run + "-w", i, BenchmarkNews.mixed(i), Instant.now()));
            }
            producer.flush();
        }
        awaitStored(WARMUP_SOURCE, WARMUP, Duration.ofMinutes(5));

        // 2. sustained throughput: N items as fast as the producer can write them, until all are stored
        long classifiedBefore = classifiedEndOffset();
        resetStatementStatistics();
        DatabaseWrites writesBefore;
        try (Connection c = stack.postgres().connect(ALERT_DB)) {
            writesBefore = DatabaseWrites.now(c);
        }
        Map<String, Double> cpuBefore = sampler.cpuSecondsNow();
        double postgresBefore = ProcessSampler.treeCpuSeconds(postmasterPid);
        Map<String, Double> postgresKindsBefore = ProcessSampler.treeCpuByKind(postmasterPid);
        double ownBefore = ProcessSampler.cpuSeconds(ProcessHandle.current().pid());
        Map<String, Map<String, Double>> threadsBefore = threadCpu();
        Map<String, Map<String, ProcessSampler.Sched>> schedBefore = threadSched();
        Map<String, ProcessSampler.Faults> faultsBefore = faults();
        double machineBefore = ProcessSampler.machineBusySeconds();
        FlightRecordings recordings = null;
        if (!System.getProperty("bench.jfr", "").isBlank()) {
            Map<String, Long> pids = new LinkedHashMap<>();
            services.forEach((s, p) -> pids.put(p.name(), p.pid()));
            recordings = new FlightRecordings(System.getProperty("bench.jfr"), pids);
            recordings.start();
        }
        Instant start = Instant.now();
        Instant published;
        try (KafkaProducer<String, String> producer = producer(10)) {
            for (int i = 0; i < ITEMS; i++) {
                send(producer, BenchItems.item(THROUGHPUT_SOURCE, run + "-t", i, BenchmarkNews.mixed(i), Instant.now()));
            }
            producer.flush();
            published = Instant.now();
        }
        Instant classifiedAll = null;
        Duration timeout = Duration.ofSeconds(Math.max(180, ITEMS / 20));
        long deadline = System.nanoTime() + timeout.toNanos();
        Stored stored;
        while (true) {
            if (classifiedAll == null && classifiedEndOffset() - classifiedBefore >= ITEMS) {
                classifiedAll = Instant.now();
            }
            // the count over the item table (a scan of 20,000 wide rows, ~40 ms) is asked only once alert-service has
            // committed the offsets of every classified record — it commits them after the storing transaction — so
            // that this harness's polling does not show up as PostgreSQL's cost per item (it was about a quarter of it)
            if (alertCommitted() - classifiedBefore >= ITEMS || System.nanoTime() > deadline) {
                stored = stored(THROUGHPUT_SOURCE);
                if (stored.count >= ITEMS || System.nanoTime() > deadline) {
                    break;
                }
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        Instant polledDone = Instant.now();
        List<Path> profiles = recordings == null ? List.of() : recordings.stop();
        assertThat(stored.count).as("items of the throughput run stored within " + timeout).isEqualTo(ITEMS);
        Map<String, Double> cpuAfter = sampler.cpuSecondsNow();
        double postgresCpu = ProcessSampler.treeCpuSeconds(postmasterPid) - postgresBefore;
        Map<String, Double> postgresKinds = ProcessSampler.treeCpuByKind(postmasterPid);
        postgresKinds.replaceAll((kind, cpu) -> cpu - postgresKindsBefore.getOrDefault(kind, 0.0));
        DatabaseWrites writesAfter;
        try (Connection c = stack.postgres().connect(ALERT_DB)) {
            writesAfter = DatabaseWrites.now(c);
        }
        Files.write(Path.of("target", "benchmark-relations.txt"), writesAfter.growth(writesBefore, ITEMS));
        if (PG_WAL) {
            try (Connection c = stack.postgres().connect(ALERT_DB)) {
                Files.write(Path.of("target", "benchmark-wal.txt"), writesAfter.walByRelation(c, writesBefore, ITEMS));
            } catch (SQLException e) { // a profile of the run, not its result: the run goes on without it
                Files.write(Path.of("target", "benchmark-wal.txt"), List.of("WAL not read back: " + e.getMessage()));
            }
        }
        writeStatementStatistics();
        double ownCpu = ProcessSampler.cpuSeconds(ProcessHandle.current().pid()) - ownBefore;
        Map<String, Map<String, Double>> threadsAfter = threadCpu();
        Map<String, Map<String, ProcessSampler.Sched>> schedAfter = threadSched();
        Map<String, ProcessSampler.Faults> faultsAfter = faults();
        List<String> storingLine;
        try (Connection c = stack.postgres().connect(ALERT_DB)) {
            StoringTimeline timeline = StoringTimeline.of(c, THROUGHPUT_SOURCE);
            storingLine = timeline.lines(start, classifiedAll);
            timeline.write(Path.of("target", "benchmark-storing.csv"), start);
        }
        double machineBusy = ProcessSampler.machineBusySeconds() - machineBefore;
        Map<String, Long> rssAfterThroughput = sampler.rssKbNow();
        nativeMemoryBaselines(); // with NMT: what the latency run adds is diffed against this at the end
        String load1 = ProcessSampler.loadAverage();

        double storedSeconds = seconds(start, stored.lastStoredAt);
        double throughput = ITEMS / storedSeconds;
        double publishRate = ITEMS / seconds(start, published);
        double classifyRate = classifiedAll == null ? Double.NaN : ITEMS / seconds(start, classifiedAll);
        double wall = seconds(start, polledDone);

        // 3. latency at a steady rate, every item alerting a webhook subscription
        createWebhookSubscription();
        int n = RATE * SECONDS;
        Map<String, Instant> publishedAt = new LinkedHashMap<>();
        FlightRecordings latencyRecordings = null;
        if (!System.getProperty("bench.jfr.latency", "").isBlank()) {
            Map<String, Long> pids = new LinkedHashMap<>();
            services.forEach((s, p) -> pids.put(p.name(), p.pid()));
            latencyRecordings = new FlightRecordings(System.getProperty("bench.jfr.latency"), pids, "latency");
            latencyRecordings.start();
        }
        StallWatch watch = new StallWatch(firstArrival, services.get(Service.ALERT).pid(), webhook.pid(),
                () -> stack.postgres().connect(ALERT_DB));
        PauseLog harnessPauses = new PauseLog(); // the broker's collections hold every record on its way
        Instant latencyStart = Instant.now();
        try (KafkaProducer<String, String> producer = producer(0)) {
            publishSteadily(producer, LATENCY_WARMUP_SOURCE, run + "-lw", RATE * LATENCY_WARMUP_SECONDS, (id, at) -> {
            });
            publishSteadily(producer, LATENCY_SOURCE, run + "-l", n, (id, at) -> {
                publishedAt.put(id, at);
                watch.published(id, at);
            });
        }
        awaitStored(LATENCY_SOURCE, n, Duration.ofMinutes(3));
        long hookDeadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (publishedAt.keySet().stream().anyMatch(id -> firstArrival.get(id) == null)
                && System.nanoTime() < hookDeadline) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        watch.close();
        harnessPauses.close();
        List<Path> latencyProfiles = latencyRecordings == null ? List.of() : latencyRecordings.stop();
        assertThat(publishedAt.keySet()).as("items of the latency run alerted by webhook")
                .allMatch(id -> firstArrival.get(id) != null);
        Map<String, Instant> storedAt = storedAt(LATENCY_SOURCE);
        assertThat(storedAt.keySet()).containsExactlyInAnyOrderElementsOf(publishedAt.keySet());
        double[] toStored = publishedAt.entrySet().stream()
                .mapToDouble(e -> millis(e.getValue(), storedAt.get(e.getKey()))).sorted().toArray();
        double[] toHook = publishedAt.entrySet().stream()
                .mapToDouble(e -> millis(e.getValue(), firstArrival.get(e.getKey()))).sorted().toArray();
        double[] storedToHook = publishedAt.keySet().stream()
                .mapToDouble(id -> millis(storedAt.get(id), firstArrival.get(id))).sorted().toArray();
        Map<String, DeliveryTimes> deliveries = deliveryTimes(LATENCY_SOURCE);
        writeLatencies(publishedAt, storedAt, deliveries);
        List<String> storingStalls;
        try (Connection c = stack.postgres().connect(ALERT_DB)) {
            storingStalls = StoringStalls.lines(c, List.of(LATENCY_WARMUP_SOURCE, LATENCY_SOURCE), latencyStart);
        }
        Map<String, Long> rssEnd = sampler.rssKbNow();
        // the peaks before jcmd runs: a class histogram or an archive dump grows the process for a moment
        Map<String, Long> rssPeak = new LinkedHashMap<>();
        rssEnd.keySet().forEach(name -> rssPeak.put(name, sampler.peakKb(name)));
        Map<String, String> nmt = nativeMemorySummaries();
        writeDiagnostics();
        String load2 = ProcessSampler.loadAverage();

        // 4. the table
        line("Policy Monitor system benchmark — %s, %d cores, JVM options of the services: %s", Instant.now(),
                Runtime.getRuntime().availableProcessors(), String.join(" ", jvmOptions));
        line("extra service config: classifier %s, alert %s; alert's own JVM options: %s", extraConfig("classifier"),
                extraConfig("alert"), System.getProperty("bench.jvm.options.alert", "none"));
        line("load average (1/5/15 min): before %s | after throughput %s | after latency %s", load0, load1, load2);
        line("");
        line("%-52s %14s %14s", "measure", "result", "target");
        line("%-52s %14.0f %14s", "throughput raw → stored (items/s, " + ITEMS + " items)", throughput, "≥ 1500");
        line("%-52s %14.0f %14s", "  of which raw → classified topic (items/s)", classifyRate, "");
        line("%-52s %14.0f %14s", "  producer write rate (items/s)", publishRate, "");
        line("%-52s %14.1f %14s", "  wall time until all stored (s)", wall, "");
        line("%-52s %14s %14s", "latency publish → stored at " + RATE + "/s, " + SECONDS + " s (after "
                + LATENCY_WARMUP_SECONDS + " s unmeasured)", "", "");
        line("%-52s %14.0f %14s", "  p50 (ms)", percentile(toStored, 50), "");
        line("%-52s %14.0f %14s", "  p99 (ms)", percentile(toStored, 99), "");
        line("%-52s %14.0f %14s", "  max (ms)", percentile(toStored, 100), "");
        line("%-52s %14s %14s", "latency publish → webhook received", "", "");
        line("%-52s %14.0f %14s", "  p50 (ms)", percentile(toHook, 50), "");
        line("%-52s %14.0f %14s", "  p99 (ms)", percentile(toHook, 99), "< 500");
        line("%-52s %14.0f %14s", "  max (ms)", percentile(toHook, 100), "");
        line("%-52s %14s %14s", "  of which stored → webhook: p50 / p99 / max (ms)", "%.0f / %.0f / %.0f".formatted(
                percentile(storedToHook, 50), percentile(storedToHook, 99), percentile(storedToHook, 100)), "");
        line("%-52s %14s %14s", "  webhook later than 900 ms after stored (items)",
                "%d of %d".formatted(Arrays.stream(storedToHook).filter(ms -> ms > 900).count(), n), "");
        lateSends(storedAt, deliveries).forEach(l -> line("%s", l));
        storingStalls.forEach(l -> line("%s", l));
        watch.stalls().forEach(st -> line("  stall seen by the harness: item published %s, seen late at %s, its webhook at %s"
                + " (%d ms after publish); dumps in target/benchmark-stall-*.txt", st.publishedAt(), st.seenAt(),
                st.endedAt(), Duration.between(st.publishedAt(), st.endedAt()).toMillis()));
        harnessPauseLines(harnessPauses, publishedAt).forEach(l -> line("%s", l));
        line("%-52s %14s %14s", "resident memory (MB): after throughput / end / peak", "", "");
        for (String name : rssEnd.keySet()) {
            line("%-52s %14s %14s", "  " + name, "%d / %d / %d".formatted(mb(rssAfterThroughput.get(name)),
                    mb(rssEnd.get(name)), mb(rssPeak.get(name))), "< 256 (end)");
        }
        nmt.forEach((name, summary) -> line("  %s, JVM native memory tracking (committed): %s", name, summary));
        line("%-52s %14s %14s", "CPU seconds during the throughput run", "", "");
        double servicesCpu = 0;
        for (String name : cpuAfter.keySet()) {
            double cpu = cpuAfter.get(name) - cpuBefore.get(name);
            servicesCpu += cpu;
            line("%-52s %14.1f %14s", "  " + name, cpu, "");
        }
        line("%-52s %14.1f %14s", "  this JVM (Kafka broker, producer, DB polling)", ownCpu, "");
        line("%-52s %14.1f %14s", "  PostgreSQL (postmaster and its children)", postgresCpu, "");
        line("    of which: %s", postgresKinds.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                .map(e -> "%s %.1f".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        line("%-52s %14.1f %14s", "  whole machine (also other builds)", machineBusy, "");
        // the three services' CPU for the run over its items: what one item costs the system, whatever else runs here
        line("%-52s %14.2f %14s", "CPU per item across the services (ms)", servicesCpu * 1000 / ITEMS, "≤ 0.8");
        for (String name : cpuAfter.keySet()) {
            line("%-52s %14.2f %14s", "  " + name, (cpuAfter.get(name) - cpuBefore.get(name)) * 1000 / ITEMS,
                    name.startsWith("alert") ? "~0.3" : "");
        }
        line("%-52s %14.2f %14s", "PostgreSQL CPU per item (ms)", postgresCpu * 1000 / ITEMS, "");
        line("  %s; each relation's growth in target/benchmark-relations.txt", writesAfter.walLine(writesBefore, ITEMS));
        threadsAfter.forEach((name, after) -> {
            Map<String, Double> before = threadsBefore.getOrDefault(name, Map.of());
            line("  %s by thread, CPU ms per item: %s", name, after.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) * 1000 / ITEMS))
                    .filter(e -> e.getValue() >= 0.005).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(e -> "%s %.2f".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        });
        // per thread, the share of the run's wall time on a CPU and runnable waiting for one: a serial step whose
        // thread is neither is blocked (on PostgreSQL, a lock, a poll), which CPU seconds alone do not show
        schedAfter.forEach((name, after) -> {
            Map<String, ProcessSampler.Sched> before = schedBefore.getOrDefault(name, Map.of());
            line("  %s by %s, %% of the run's %.1f s on a CPU / waiting for one: %s", name,
                    name.equals("PostgreSQL") ? "process" : "thread", wall,
                    after.entrySet().stream()
                            .map(e -> Map.entry(e.getKey(), e.getValue().minus(
                                    before.getOrDefault(e.getKey(), ProcessSampler.Sched.NONE))))
                            .filter(e -> e.getValue().onCpu() + e.getValue().waiting() >= wall * 1e9 * 0.01)
                            .sorted(Comparator.comparingLong(
                                    (Map.Entry<String, ProcessSampler.Sched> e) -> e.getValue().onCpu()).reversed())
                            .map(e -> "%s %.0f / %.0f".formatted(e.getKey(), e.getValue().onCpu() / wall / 1e7,
                                    e.getValue().waiting() / wall / 1e7))
                            .collect(Collectors.joining(", ")));
        });
        storingLine.forEach(l -> line("%s", l));
        line("  page faults minor / major, CPU user / system s: %s", faultsAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().minus(faultsBefore.getOrDefault(e.getKey(),
                        ProcessSampler.Faults.NONE))))
                .map(e -> "%s %d / %d, %.1f / %.1f".formatted(e.getKey(), e.getValue().minor(), e.getValue().major(),
                        e.getValue().userSeconds(), e.getValue().systemSeconds()))
                .collect(Collectors.joining("; ")));
        profiles.forEach(f -> line("flight recording of the throughput run: %s", f));
        latencyProfiles.forEach(f -> line("flight recording of the latency run: %s", f));
        line("webhook requests received in the latency run (with its warm-up): %d for %d items", webhook.requests(),
                n + RATE * LATENCY_WARMUP_SECONDS);
        System.out.println();
        report.forEach(System.out::println);
        System.out.println();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /**
     * CPU seconds by thread kind of the classifier, alert-service and this JVM (the broker): where their cost per item
     * goes.
     */
    static Map<String, Map<String, Double>> threadCpu() {
        Map<String, Map<String, Double>> threads = new LinkedHashMap<>();
        for (Service s : List.of(Service.CLASSIFIER, Service.ALERT)) {
            ServiceProcess service = services.get(s);
            threads.put(service.name(), ProcessSampler.threadCpuByKind(service.pid()));
        }
        threads.put("this JVM", ProcessSampler.threadCpuByKind(ProcessHandle.current().pid()));
        return threads;
    }

    /** As {@link #threadCpu}, the scheduler's times, and PostgreSQL's processes by kind. */
    static Map<String, Map<String, ProcessSampler.Sched>> threadSched() {
        Map<String, Map<String, ProcessSampler.Sched>> threads = new LinkedHashMap<>();
        for (Service s : List.of(Service.CLASSIFIER, Service.ALERT)) {
            ServiceProcess service = services.get(s);
            threads.put(service.name(), ProcessSampler.threadSchedByKind(service.pid()));
        }
        threads.put("this JVM", ProcessSampler.threadSchedByKind(ProcessHandle.current().pid()));
        threads.put("PostgreSQL", ProcessSampler.treeSchedByKind(postmasterPid));
        return threads;
    }

    /** Each service's, this JVM's and PostgreSQL's (running processes) page faults and user / system CPU so far. */
    static Map<String, ProcessSampler.Faults> faults() {
        Map<String, ProcessSampler.Faults> all = new LinkedHashMap<>();
        services.values().forEach(p -> all.put(p.name(), ProcessSampler.faults(p.pid())));
        all.put("this JVM", ProcessSampler.faults(ProcessHandle.current().pid()));
        all.put("PostgreSQL", ProcessSampler.treeFaults(postmasterPid));
        return all;
    }

    record Stored(long count, Instant lastStoredAt) {
    }

    /** n AI-law items at RATE per second, each publish time recorded (and carried in the item as fetchedAt). */
    static void publishSteadily(KafkaProducer<String, String> producer, String sourceId, String run, int n,
                                BiConsumer<String, Instant> publishedAt) {
        long interval = 1_000_000_000L / RATE;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = t0 + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            FeedItem item = BenchItems.item(sourceId, run, i, BenchmarkNews.Kind.AI_LAW, Instant.now());
            publishedAt.accept(item.id(), item.fetchedAt());
            send(producer, item);
        }
        producer.flush();
    }

    static KafkaProducer<String, String> producer(int lingerMs) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, Integer.toString(lingerMs));
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(128 * 1024));
        return new KafkaProducer<>(p);
    }

    static void send(KafkaProducer<String, String> producer, FeedItem item) {
        producer.send(new ProducerRecord<>(Topics.ITEMS_RAW, item.id(), EventJson.toJson(item)), (md, e) -> {
            if (e != null) {
                throw new IllegalStateException("publish failed", e);
            }
        });
    }

    /**
     * Sum of the end offsets of policy.items.classified: how many classified records the classifier has written. Asked
     * through the one admin client: a new consumer every 200 ms (as before 1 December) was ~half of this JVM's Java
     * samples during the throughput run (its metrics' MBeans, connections, metadata requests), counted as the broker's.
     */
    static long classifiedEndOffset() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = admin().describeTopics(List.of(Topics.ITEMS_CLASSIFIED)).allTopicNames()
                .get().get(Topics.ITEMS_CLASSIFIED).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(Topics.ITEMS_CLASSIFIED, p.partition()),
                        p -> OffsetSpec.latest()));
        return admin().listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    static Admin admin() {
        if (admin == null) {
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()));
        }
        return admin;
    }

    /** Sum of alert-service's committed offsets on policy.items.classified (its consumer group, as configured). */
    static long alertCommitted() throws Exception {
        return admin().listConsumerGroupOffsets(ALERT_GROUP).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getKey().topic().equals(Topics.ITEMS_CLASSIFIED) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    static Stored stored(String sourceId) throws SQLException {
        try (Connection c = stack.postgres().connect("policy_alert");
             PreparedStatement s = c.prepareStatement("SELECT count(*), max(stored_at) FROM item WHERE source_id = ?")) {
            s.setString(1, sourceId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp last = r.getTimestamp(2);
                return new Stored(r.getLong(1), last == null ? null : last.toInstant());
            }
        }
    }

    static void awaitStored(String sourceId, int n, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count;
        while ((count = stored(sourceId).count) < n && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        assertThat(count).as("items of " + sourceId + " stored within " + timeout).isEqualTo(n);
    }

    /**
     * The stored_at alert-service wrote for each item (its clock, this machine's): compared with the publish time
     * this harness recorded (and put in the item as fetchedAt).
     */
    static Map<String, Instant> storedAt(String sourceId) throws SQLException {
        try (Connection c = stack.postgres().connect("policy_alert");
             PreparedStatement s = c.prepareStatement("SELECT id, stored_at FROM item WHERE source_id = ?")) {
            s.setString(1, sourceId);
            Map<String, Instant> stored = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), r.getTimestamp(2).toInstant());
                }
            }
            return stored;
        }
    }

    /**
     * An item's delivery row as alert-service left it: written (in the storing transaction), claimed for its last
     * attempt (the claim's clock), recorded as delivered, and how many attempts it took.
     */
    record DeliveryTimes(Instant created, Instant committed, Instant claimed, Instant recorded, int attempts) {
    }

    static Map<String, DeliveryTimes> deliveryTimes(String sourceId) throws SQLException {
        try (Connection c = stack.postgres().connect(ALERT_DB);
             PreparedStatement s = c.prepareStatement("""
                     SELECT d.item_id, d.created_at, pg_xact_commit_timestamp(i.xmin), d.last_attempt_at, d.delivered_at,
                            d.attempts
                     FROM delivery d JOIN item i ON i.id = d.item_id WHERE i.source_id = ?""")) {
            s.setString(1, sourceId);
            Map<String, DeliveryTimes> times = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    times.put(r.getString(1), new DeliveryTimes(instant(r.getTimestamp(2)), instant(r.getTimestamp(3)),
                            instant(r.getTimestamp(4)), instant(r.getTimestamp(5)), r.getInt(6)));
                }
            }
            return times;
        }
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * Where the items later than 900 ms from stored to webhook lost their time: stored → committed (the storing
     * transaction: stored_at is taken at its start), committed → claimed (the worker: its wake-up, the claim) or
     * claimed → received (the send: the HTTP client, the receiver).
     */
    static List<String> lateSends(Map<String, Instant> storedAt, Map<String, DeliveryTimes> deliveries) {
        List<double[]> late = new ArrayList<>();
        storedAt.forEach((id, stored) -> {
            DeliveryTimes d = deliveries.get(id);
            Instant hook = firstArrival.get(id);
            if (d != null && d.claimed() != null && d.committed() != null && hook != null && millis(stored, hook) > 900) {
                late.add(new double[]{millis(stored, d.committed()), millis(d.committed(), d.claimed()),
                        millis(d.claimed(), hook), d.attempts()});
            }
        });
        if (late.isEmpty()) {
            return List.of();
        }
        double[] toCommit = late.stream().mapToDouble(l -> l[0]).sorted().toArray();
        double[] toClaim = late.stream().mapToDouble(l -> l[1]).sorted().toArray();
        double[] toHook = late.stream().mapToDouble(l -> l[2]).sorted().toArray();
        return List.of(("  late items (stored → webhook > 900 ms, %d), p50 / max (ms): stored → committed %.0f / %.0f,"
                + " committed → claimed %.0f / %.0f, claimed → received %.0f / %.0f; attempts > 1: %d").formatted(
                late.size(), percentile(toCommit, 50), percentile(toCommit, 100), percentile(toClaim, 50),
                percentile(toClaim, 100), percentile(toHook, 50), percentile(toHook, 100),
                late.stream().filter(l -> l[3] > 1).count()));
    }

    /**
     * This JVM's collections (the broker's) during the measured latency run, and how many late webhooks (publish →
     * webhook > 500 ms) arrived within one of them or up to 50 ms after it: a tail that follows the broker's pauses.
     */
    static List<String> harnessPauseLines(PauseLog log, Map<String, Instant> publishedAt) {
        Instant from = publishedAt.values().stream().min(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        List<PauseLog.Pause> pauses = log.pauses().stream().filter(p -> !p.end().isBefore(from)).toList();
        long total = pauses.stream().mapToLong(p -> p.length().toMillis()).sum();
        PauseLog.Pause longest = pauses.stream().max(Comparator.comparing(PauseLog.Pause::length)).orElse(null);
        List<Instant> late = publishedAt.entrySet().stream()
                .filter(e -> millis(e.getValue(), firstArrival.get(e.getKey())) > 500)
                .map(e -> firstArrival.get(e.getKey())).toList();
        long afterPause = log.arrivedAfterAPause(late, Duration.ofMillis(20), Duration.ofMillis(50));
        return List.of(("  this JVM (the broker) stopped for GC in the measured latency run: %d pauses, %d ms in all,"
                + " longest %s; webhooks later than 500 ms that arrived within or ≤ 50 ms after a pause of ≥ 20 ms: %d of %d")
                .formatted(pauses.size(), total, longest == null ? "-" : longest.length().toMillis() + " ms ("
                        + longest.collector() + ", ended " + longest.end() + ")", afterPause, late.size()));
    }

    /** One line per item of the latency run, for a closer look (e.g. whether slow alerts come in clusters). */
    static void writeLatencies(Map<String, Instant> publishedAt, Map<String, Instant> storedAt,
                               Map<String, DeliveryTimes> deliveries) throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("item_id,published_at,stored_ms,webhook_ms,delivery_created_ms,committed_ms,claimed_ms,recorded_ms,attempts");
        publishedAt.forEach((id, at) -> {
            DeliveryTimes d = deliveries.getOrDefault(id, new DeliveryTimes(null, null, null, null, 0));
            rows.add("%s,%s,%.1f,%.1f,%s,%s,%s,%s,%d".formatted(id, at, millis(at, storedAt.get(id)),
                    millis(at, firstArrival.get(id)), sinceMs(at, d.created()), sinceMs(at, d.committed()),
                    sinceMs(at, d.claimed()), sinceMs(at, d.recorded()), d.attempts()));
        });
        Files.write(Path.of("target", "benchmark-latencies.csv"), rows);
    }

    static String sinceMs(Instant from, Instant to) {
        return to == null ? "" : "%.1f".formatted(millis(from, to));
    }

    /**
     * With -Dbench.jvm.options=-XX:NativeMemoryTracking=summary: where each service's memory is committed (heap,
     * class metadata, code, threads, ...), from jcmd; the full summaries go to target/benchmark-nmt-SERVICE.txt.
     */
    static Map<String, String> nativeMemorySummaries() throws Exception {
        Map<String, String> summaries = new LinkedHashMap<>();
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:NativeMemoryTracking="))) {
            return summaries;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (ServiceProcess p : services.values()) {
            Process proc = new ProcessBuilder(jcmd.toString(), Long.toString(p.pid()), "VM.native_memory", "summary",
                    "scale=MB").redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            proc.waitFor();
            Process diff = new ProcessBuilder(jcmd.toString(), Long.toString(p.pid()), "VM.native_memory",
                    "summary.diff", "scale=KB").redirectErrorStream(true).start();
            String growth = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            diff.waitFor();
            // the summary at the end, then what changed since the baseline taken after the throughput run
            Files.writeString(Path.of("target", "benchmark-nmt-" + p.name() + ".txt"), out
                    + "\n==== since the end of the throughput run (VM.native_memory summary.diff)\n" + growth);
            StringBuilder summary = new StringBuilder();
            Matcher m = Pattern
                    .compile("(?m)^-?\\s*(Total|[A-Z][A-Za-z ]+?):? \\(?reserved=\\d+MB, committed=(\\d+)MB").matcher(out);
            while (m.find()) {
                if (Integer.parseInt(m.group(2)) >= 5) {
                    summary.append(summary.isEmpty() ? "" : ", ").append(m.group(1).trim()).append(' ')
                            .append(m.group(2)).append(" MB");
                }
            }
            summaries.put(p.name(), summary.toString());
        }
        return summaries;
    }

    /** With NMT on: a baseline of each service after the throughput run, for the summary.diff at the end. */
    static void nativeMemoryBaselines() throws Exception {
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:NativeMemoryTracking="))) {
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (ServiceProcess p : services.values()) {
            Process proc = new ProcessBuilder(jcmd.toString(), Long.toString(p.pid()), "VM.native_memory", "baseline")
                    .redirectErrorStream(true).start();
            proc.getInputStream().readAllBytes();
            proc.waitFor();
        }
    }

    /**
     * With -Dbench.jcmd=VM.metaspace;GC.class_histogram;... (jcmd commands, ';'-separated): each command's output for
     * each service at the end of the run, with its /proc/PID/smaps_rollup and status, goes to
     * target/benchmark-jcmd-SERVICE.txt — where the resident memory is, without keeping the processes alive.
     */
    static void writeDiagnostics() throws Exception {
        String commands = System.getProperty("bench.jcmd", "").trim();
        if (commands.isEmpty()) {
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (ServiceProcess p : services.values()) {
            StringBuilder out = new StringBuilder();
            for (String file : List.of("smaps_rollup", "status")) {
                out.append("==== /proc/").append(p.pid()).append('/').append(file).append('\n')
                        .append(Files.readString(Path.of("/proc", Long.toString(p.pid()), file))).append('\n');
            }
            for (String command : commands.split(";")) {
                List<String> args = new ArrayList<>(List.of(jcmd.toString(), Long.toString(p.pid())));
                args.addAll(Arrays.asList(command.trim().split("\\s+")));
                Process proc = new ProcessBuilder(args).redirectErrorStream(true).start();
                out.append("==== jcmd ").append(command.trim()).append('\n')
                        .append(new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                proc.waitFor();
            }
            Files.writeString(Path.of("target", "benchmark-jcmd-" + p.name() + ".txt"), out);
        }
    }

    static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    static void createWebhookSubscription() throws Exception {
        ServiceProcess alert = services.get(Service.ALERT);
        String body = new ObjectMapper().writeValueAsString(Map.of("name", "Benchmark webhook", "channel", "webhook",
                "url", webhook.url(), "secret", "benchmark-webhook-secret-0123456789", "themes", List.of("ai-law"),
                "sources", List.of(LATENCY_WARMUP_SOURCE, LATENCY_SOURCE), "mode", "immediate", "enabled", true));
        String auth = Base64.getEncoder().encodeToString(("admin:" + stack.credentials().adminPassword())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(alert.baseUrl() + "/api/subscriptions")).header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    static long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(stack.postgres().dataDir().resolve("postmaster.pid")).get(0).trim());
    }

    /**
     * pg_stat_statements must be loaded when the server starts: set it in the cluster's postgresql.auto.conf (the
     * data folder is this run's own) and restart the server before any service connects.
     */
    static void configurePostgres() throws SQLException {
        try (Connection c = stack.postgres().connect("postgres"); Statement s = c.createStatement()) {
            // each transaction's commit time (pg_xact_commit_timestamp): when an item's row became visible, i.e. when
            // alert-service could claim its delivery — stored_at is the storing transaction's start, so a slow
            // transaction shows as stored → claimed, not as publish → stored
            s.execute("ALTER SYSTEM SET track_commit_timestamp = on");
            if (PG_STATEMENTS) {
                s.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
                s.execute("ALTER SYSTEM SET pg_stat_statements.max = 1000");
                s.execute("ALTER SYSTEM SET pg_stat_statements.track_planning = on"); // custom plans cost CPU too
            }
        }
        stack.postgres().stop();
        stack.postgres().restart();
        if (PG_STATEMENTS) {
            try (Connection c = stack.postgres().connect(ALERT_DB); Statement s = c.createStatement()) {
                s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
        }
    }

    static void resetStatementStatistics() throws SQLException {
        if (PG_STATEMENTS) {
            try (Connection c = stack.postgres().connect(ALERT_DB); Statement s = c.createStatement()) {
                s.execute("SELECT pg_stat_statements_reset()");
            }
        }
    }

    /** The throughput run's statements in alert-service's database, by total execution time, per stored item. */
    static void writeStatementStatistics() throws Exception {
        if (!PG_STATEMENTS) {
            return;
        }
        List<String> rows = new ArrayList<>();
        rows.add("%10s %10s %10s %10s %10s %10s %10s  %s".formatted("exec ms", "per item", "plan ms", "calls",
                "calls/item", "rows", "blks dirt.", "statement"));
        try (Connection c = stack.postgres().connect(ALERT_DB);
             PreparedStatement s = c.prepareStatement("""
                     SELECT total_exec_time, calls, rows, shared_blks_dirtied, query, total_plan_time
                     FROM pg_stat_statements s
                     JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = ? ORDER BY total_exec_time DESC""")) {
            s.setString(1, ALERT_DB);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add("%10.0f %10.4f %10.0f %10d %10.3f %10d %10d  %s".formatted(r.getDouble(1),
                            r.getDouble(1) / ITEMS, r.getDouble(6), r.getLong(2), r.getLong(2) / (double) ITEMS, r.getLong(3),
                            r.getLong(4), r.getString(5).replaceAll("\\s+", " ")));
                }
            }
        }
        Files.write(Path.of("target", "benchmark-statements.txt"), rows);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    static long mb(Long kb) {
        return kb == null ? 0 : Math.round(kb / 1024.0);
    }

    static void line(String format, Object... args) {
        report.add(args.length == 0 ? format : String.format(format, args));
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
