package org.policymonitor.testing;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.jboss.logging.Logger;
import org.testcontainers.kafka.KafkaContainer;

import java.nio.file.Files;

/**
 * One real Kafka broker for the whole test JVM, started on first use and stopped when the JVM exits (one for all the
 * Quarkus applications a test JVM starts, too: {@link JvmWide}):
 * <ul>
 *   <li>{@code POLICY_TEST_KAFKA_BOOTSTRAP_SERVERS} set: that broker is used, nothing is started;</li>
 *   <li>embedded (default): a single-node KRaft cluster (combined broker + controller) in this JVM, on free ports;</li>
 *   <li>containers: the {@code apache/kafka} image of docker-compose.yml through Testcontainers.</li>
 * </ul>
 */
public final class TestKafka {

    private static final Logger LOG = Logger.getLogger(TestKafka.class);
    private static String bootstrapServers;
    private static KafkaClusterTestKit cluster;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        Class<?> jvmWide = JvmWide.owner(TestKafka.class);
        if (jvmWide != null) {
            return (String) JvmWide.call(jvmWide, "bootstrapServers");
        }
        if (bootstrapServers == null) {
            bootstrapServers = start();
        }
        return bootstrapServers;
    }

    private static String start() {
        String given = InfraMode.env("POLICY_TEST_KAFKA_BOOTSTRAP_SERVERS");
        if (given != null) {
            LOG.infof("tests use the Kafka broker at %s", given);
            return given;
        }
        long began = System.nanoTime();
        String servers = InfraMode.current() == InfraMode.CONTAINERS ? startContainer() : startEmbedded();
        LOG.infof("test Kafka broker up at %s in %d ms", servers, (System.nanoTime() - began) / 1_000_000);
        return servers;
    }

    private static String startEmbedded() {
        try {
            // The broker may not end the test JVM: it halts the process when its log directory fails, which would turn
            // a run whose tests all passed into a failed module ("Error occurred in starting fork"). Said instead.
            Exit.setHaltProcedure(TestKafka::refuseToEndTheJvm);
            Exit.setExitProcedure(TestKafka::refuseToEndTheJvm);
            TestKitNodes nodes = new TestKitNodes.Builder()
                    // a data directory that only cluster.close() deletes, after the broker has stopped: the test kit's
                    // default one is deleted by a shutdown hook of its own, which can run while the broker still writes
                    // its checkpoints on the way down (all log dirs failed → halt(1)); likelier the slower the machine
                    .setBaseDirectory(Files.createTempDirectory("policy-test-kafka-"))
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build();
            cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    // one partition, not 50: the first consumer group waits until every partition of the offsets topic
                    // is created and loaded, which took more than a test's 30 s deadline on a loaded 2-core machine
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(TestKafka::stopEmbedded, "test-kafka-stop"));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded Kafka broker: " + e.getMessage(), e);
        }
    }

    private static void refuseToEndTheJvm(int statusCode, String message) {
        // on standard error: the log manager may already be shut down when this happens during the JVM's exit
        System.err.printf("the embedded Kafka broker asked to end the test JVM with status %d (%s); it is not ended%n",
                statusCode, message);
        new Throwable("asked from here").printStackTrace();
    }

    private static void stopEmbedded() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            LOG.warn("could not stop the embedded Kafka broker cleanly", e);
        }
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM exits
    private static String startContainer() {
        KafkaContainer container = new KafkaContainer(InfraMode.image("kafka"));
        container.start();
        return container.getBootstrapServers();
    }
}
