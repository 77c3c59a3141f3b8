package org.policymonitor.launcher.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real single-node Kafka cluster in KRaft mode (one process that is both broker and controller), with its log
 * directory under a data folder that survives restarts. It runs in this JVM ({@link #start}), or — for fault tests,
 * which must be able to kill the broker like a crashed machine and bring it back — in a child JVM of its own
 * ({@link #startInChildProcess}), which {@link #kill()} ends with SIGKILL and {@link #restart()} starts again on
 * the same ports and log directory.
 * <p>
 * Layout of {@code dataDir}: {@code server.properties} (written on every start, for the curious),
 * {@code cluster.id} (chosen once), {@code logs/} (the broker's log directory, formatted once).
 */
public final class LocalKafka implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalKafka.class.getName());
    /** What the child process prints once the broker accepts clients. */
    static final String CHILD_READY = "policy-monitor: kafka ready";
    /**
     * How long a start may take before it is given up: 4–7 s for a first start and 14–20 s for a restart after a kill
     * on a quiet machine, several times that on a loaded 2-core one, where LocalStackTest (two stacks at a time beside
     * the other classes) ran out of the 90 s a child broker had. The wait ends at once when a child broker exits, so
     * only a broker that hangs waits it out; a service gets as long ({@code Launcher.READY_TIMEOUT}).
     */
    static final Duration READY_WITHIN = Duration.ofMinutes(3);
    /** Heap of the child-process broker: enough for the pipeline's topics, small beside three services. */
    static final List<String> CHILD_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx384m");
    /**
     * The child-process broker is the fault tests' (SIGKILL, then {@link #restart()}): a broker killed and started
     * again registers under its old id, which the controller, started with it, takes as alive until the session it
     * gives every registered broker at start-up runs out — 9 s by default, every one of which the restart waits
     * (restart ready after 14–20 s, against 4–7 s for a first start). A session of 4 s (heartbeats each second) halves
     * that wait; a broker in this JVM, the launcher's, keeps Kafka's defaults.
     */
    static final Map<String, String> CHILD_SETTINGS = Map.of("broker.session.timeout.ms", "4000",
            "broker.heartbeat.interval.ms", "1000");
    private static final List<Logger> CHILD_QUIET_LOGGERS = List.of(Logger.getLogger("kafka"),
            Logger.getLogger("org.apache.kafka"), Logger.getLogger("state.change.logger"));

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final KafkaRaftServer server;
    /** Where a child-process broker writes its output; null when the broker runs in this JVM. */
    private final Path childLog;
    private Process child;
    private boolean closed;

    private LocalKafka(Path dataDir, int port, int controllerPort, KafkaRaftServer server, Path childLog) {
        this.dataDir = dataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.server = server;
        this.childLog = childLog;
    }

    /**
     * Formats the storage on first use (with a cluster id kept in {@code dataDir/cluster.id}) and starts the broker.
     * Returns once the broker accepts clients.
     */
    public static LocalKafka start(Path dataDir, int port, int controllerPort) {
        return start(dataDir, port, controllerPort, Map.of());
    }

    private static LocalKafka start(Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
        Ports.requireFree(port, "Kafka", "--kafka-port / POLICY_KAFKA_PORT");
        Ports.requireFree(controllerPort, "the Kafka controller", "--kafka-controller-port / POLICY_KAFKA_CONTROLLER_PORT");
        try {
            Files.createDirectories(dataDir);
            Path logDir = dataDir.resolve("logs");
            String clusterId = clusterId(dataDir);
            Properties props = serverProperties(logDir, port, controllerPort);
            props.putAll(overrides);
            Path propsFile = dataDir.resolve("server.properties");
            try (Writer out = Files.newBufferedWriter(propsFile, StandardCharsets.UTF_8)) {
                props.store(out, "written by the Policy Monitor launcher on every start; edits are overwritten");
            }
            format(propsFile, clusterId);

            long began = System.nanoTime();
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
            server.startup();
            LocalKafka kafka = new LocalKafka(dataDir, port, controllerPort, server, null);
            kafka.awaitReady(READY_WITHIN);
            LOG.info(() -> "Kafka up at " + kafka.bootstrapServers() + " in " + (System.nanoTime() - began) / 1_000_000 + " ms");
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare the Kafka data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The same broker in a child JVM (this JVM's class path, output appended to {@code logFile}), so that it can be
     * killed and restarted. The child stops by itself, gracefully, when its standard input closes — when this JVM
     * closes it, or dies.
     */
    public static LocalKafka startInChildProcess(Path dataDir, int port, int controllerPort, Path logFile) {
        Ports.requireFree(port, "Kafka", "--kafka-port / POLICY_KAFKA_PORT");
        Ports.requireFree(controllerPort, "the Kafka controller", "--kafka-controller-port / POLICY_KAFKA_CONTROLLER_PORT");
        LocalKafka kafka = new LocalKafka(dataDir, port, controllerPort, null, logFile);
        kafka.startChild();
        return kafka;
    }

    /** The child-process broker: {@code LocalKafka DATA_DIR PORT CONTROLLER_PORT}; runs until standard input closes. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: LocalKafka DATA_DIR PORT CONTROLLER_PORT");
            System.exit(2);
        }
        // Kafka's INFO is thousands of lines: keep its warnings (the loggers are held, so that the levels stick)
        CHILD_QUIET_LOGGERS.forEach(l -> l.setLevel(Level.WARNING));
        LocalKafka kafka = start(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), CHILD_SETTINGS);
        System.out.println(CHILD_READY);
        System.out.flush();
        while (System.in.read() != -1) {
            // the parent never writes; end of input means it closed the pipe or died
        }
        kafka.close();
        System.exit(0);
    }

    private synchronized void startChild() {
        try {
            Files.createDirectories(childLog.toAbsolutePath().getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(CHILD_JVM_OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalKafka.class.getName(),
                    dataDir.toAbsolutePath().toString(), String.valueOf(port), String.valueOf(controllerPort)));
            long began = System.nanoTime();
            child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(childLog.toFile())).start();
            awaitReady(READY_WITHIN);
            LOG.info(() -> "Kafka (child process " + child.pid() + ") up at " + bootstrapServers() + " in "
                    + (System.nanoTime() - began) / 1_000_000 + " ms");
        } catch (IOException e) {
            throw new IllegalStateException("could not start Kafka as a child process: " + e.getMessage(), e);
        }
    }

    /** Kills the child-process broker with SIGKILL, as a crash would: no controlled shutdown, nothing flushed. */
    public synchronized void kill() {
        requireChild("killed");
        child.destroyForcibly();
        try {
            child.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info(() -> "Kafka (child process " + child.pid() + ") killed");
    }

    /**
     * Freezes the child-process broker (SIGSTOP), as a paused VM or a network that drops packets would: its
     * connections stay open and new ones are accepted into the kernel's backlog, but nothing is answered until
     * {@link #thaw()}.
     */
    public synchronized void freeze() {
        signal("STOP", "frozen");
    }

    /** Lets a {@link #freeze() frozen} broker run again (SIGCONT). */
    public synchronized void thaw() {
        signal("CONT", "running again");
    }

    private void signal(String signal, String state) {
        requireChild("frozen or thawed");
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid()))
                    .redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + child.pid() + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not signal the broker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling the broker", e);
        }
        LOG.info(() -> "Kafka (child process " + child.pid() + ") " + state);
    }

    /**
     * Starts the child-process broker again on the same ports and log directory (killing it first if it still
     * runs); returns once it accepts clients again (after recovering its log if it was killed).
     */
    public synchronized void restart() {
        requireChild("restarted");
        if (child.isAlive()) {
            kill();
        }
        startChild();
    }

    /** Whether the broker process runs (always true for a broker in this JVM until {@link #close()}). */
    public synchronized boolean isRunning() {
        return child == null ? !closed : child.isAlive();
    }

    private void requireChild(String what) {
        if (child == null) {
            throw new UnsupportedOperationException("only a broker started with startInChildProcess can be " + what);
        }
    }

    static Properties serverProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        // one node: every internal topic has a single replica
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "3");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "3");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        // a local system: consumers join at once, and the disk is not filled forever
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private static String clusterId(Path dataDir) throws IOException {
        Path file = dataDir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    /** {@code kafka-storage format --ignore-formatted}: a no-op when the log directory was formatted before. */
    private static void format(Path propsFile, String clusterId) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool$.MODULE$.execute(new String[] {
                    "format", "--cluster-id", clusterId, "--config", propsFile.toString(), "--ignore-formatted"}, out);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not format the Kafka storage (" + propsFile + "): " + e.getMessage(), e);
        }
        if (exit != 0) {
            throw new IllegalStateException("could not format the Kafka storage (" + propsFile + "): "
                    + output.toString(StandardCharsets.UTF_8).trim());
        }
        LOG.info(() -> "kafka-storage format: " + output.toString(StandardCharsets.UTF_8).trim());
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (child != null && !child.isAlive()) {
                throw new IllegalStateException("Kafka (child process) exited with code " + child.exitValue()
                        + " before it was ready; see " + childLog);
            }
            if (child != null && !accepts(port)) {
                // the child JVM is still starting: an admin client now would only log connection warnings
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
                continue;
            }
            try (Admin admin = admin()) {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                last = new IllegalStateException(e.getMessage(), e);
            }
        }
        close();
        throw new IllegalStateException("Kafka did not become ready within " + timeout.toSeconds() + " s", last);
    }

    /**
     * Whether the port takes connections. Asked with a connection, not with {@link Ports#isFree}: that binds the port
     * for a moment, and a child broker binding it at that moment fails to start ("Address already in use").
     */
    private static boolean accepts(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** An admin client on this broker; the caller closes it. */
    public Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Creates the topics that do not exist yet, so that consumers find them before the first record is produced. */
    public void createTopics(Collection<String> names, int partitions) {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : names) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the topics " + names + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (child != null) {
            stopChild();
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warning("Kafka did not stop cleanly: " + e);
        }
    }

    /** Closing its standard input makes the child shut the broker down in order; SIGKILL if it takes too long. */
    private void stopChild() {
        if (!child.isAlive()) {
            return;
        }
        try {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warning("Kafka (child process " + child.pid() + ") did not stop within 30 s; killing it");
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            child.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }
}
