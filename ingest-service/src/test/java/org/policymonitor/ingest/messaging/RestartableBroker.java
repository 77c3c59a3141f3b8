package org.policymonitor.ingest.messaging;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.FreePorts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker of its own, on fixed ports and a data folder kept across {@link #stop()} and
 * {@link #start()} — a broker that can be killed and come back at the same address, which the shared test broker
 * of the {@code testing} module must never do (every other test uses it).
 */
final class RestartableBroker implements AutoCloseable {

    private final Path dataDir;
    private final Properties props;
    private final int port;
    private KafkaRaftServer server;

    RestartableBroker() throws IOException {
        this.dataDir = Files.createTempDirectory("restartable-kafka");
        this.port = FreePorts.pick();
        int controllerPort = FreePorts.pick();
        props = new Properties();
        props.setProperty("process.roles", "broker,controller");
        props.setProperty("node.id", "1");
        props.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.setProperty("controller.listener.names", "CONTROLLER");
        props.setProperty("inter.broker.listener.name", "PLAINTEXT");
        props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.setProperty("log.dirs", dataDir.resolve("logs").toString());
        props.setProperty("offsets.topic.replication.factor", "1");
        props.setProperty("offsets.topic.num.partitions", "1");
        props.setProperty("transaction.state.log.replication.factor", "1");
        props.setProperty("transaction.state.log.min.isr", "1");
        props.setProperty("share.coordinator.state.topic.replication.factor", "1");
        props.setProperty("share.coordinator.state.topic.min.isr", "1");
        props.setProperty("num.partitions", "1");
        props.setProperty("auto.create.topics.enable", "true");
        props.setProperty("group.initial.rebalance.delay.ms", "0");
        Path propsFile = dataDir.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(propsFile, StandardCharsets.UTF_8)) {
            props.store(out, null);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            int exit = StorageTool$.MODULE$.execute(new String[]{"format", "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", propsFile.toString()}, out);
            if (exit != 0) {
                throw new IllegalStateException("kafka-storage format: " + output.toString(StandardCharsets.UTF_8));
            }
        }
        start();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker (again) on the same ports and data, and returns once it answers clients. */
    void start() {
        server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        long deadline = System.nanoTime() + Deadlines.FLOWS.toNanos();
        while (true) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the broker did not come up: " + e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Creates {@code topic} (one partition), as a deployment does before its services start, and returns once the
     * broker has it: a first publish to a topic the broker must create first took longer than 3 s at load ~50.
     */
    void createTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all()
                    .get(Deadlines.ARRIVES.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("topic " + topic + " not created: " + e.getMessage(), e);
        }
    }

    /** Stops the broker: its port refuses connections until {@link #start()}. */
    void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

}
