package org.policymonitor.alert.bench;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.TestKafka;
import org.policymonitor.testing.http.WebhookReceiver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Properties;

import static org.awaitility.Awaitility.await;

/**
 * Throughput of the alert-service on this machine (not part of the default build; prints, does not assert on time):
 * <ol>
 *   <li>items/s stored: classified records produced to Kafka as fast as possible, until all are rows in PostgreSQL;</li>
 *   <li>webhook deliveries/s: items matching a webhook subscription whose receiver is a local JDK HTTP server
 *       (testing's {@code WebhookReceiver}).</li>
 * </ol>
 * Run: {@code ./mvnw -B -f alert-service/pom.xml verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=AlertThroughputBenchmark}
 */
@QuarkusTest
@Tag("benchmark")
class AlertThroughputBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 20_000);
    private static final int WEBHOOK_ITEMS = Integer.getInteger("bench.webhookItems", 5_000);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void storageAndWebhookThroughput() throws Exception {
        // warm-up: JIT, connection pool, consumer assignment
        String warm = TestItems.uniqueSource("bench-warm");
        produce(warm, 500);
        await().atMost(Duration.ofMinutes(2)).until(() -> count("SELECT count(*) FROM item WHERE source_id = ?", warm) == 500);

        String source = TestItems.uniqueSource("bench-store");
        long start = System.nanoTime();
        double produceSeconds = produce(source, ITEMS);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("SELECT count(*) FROM item WHERE source_id = ?", source) == ITEMS);
        double storeSeconds = (System.nanoTime() - start) / 1e9;

        WebhookReceiver receiver = new WebhookReceiver();
        String hookSource = TestItems.uniqueSource("bench-hook");
        Api.subscribe("""
                {"name":"bench","channel":"webhook","url":"%s","secret":"bench-secret-0123456789",
                 "sources":["%s"]}""".formatted(receiver.url(), hookSource));
        long hookStart = System.nanoTime();
        produce(hookSource, WEBHOOK_ITEMS);
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> count(
                "SELECT count(*) FROM delivery d JOIN item i ON i.id = d.item_id WHERE i.source_id = ? AND d.status = 'delivered'",
                hookSource) == WEBHOOK_ITEMS);
        double hookSeconds = (System.nanoTime() - hookStart) / 1e9;
        double sendSeconds = seconds("""
                SELECT extract(epoch FROM max(d.delivered_at) - min(d.created_at)) FROM delivery d JOIN item i ON i.id = d.item_id
                WHERE i.source_id = ?""", hookSource);
        receiver.close();

        System.out.printf("%n=== alert-service throughput (%d cores) ===%n", Runtime.getRuntime().availableProcessors());
        System.out.printf("%-58s %10s %10s%n", "measure", "count", "per second");
        System.out.printf("%-58s %10d %10.0f%n", "records produced to Kafka (async, acks=all)", ITEMS, ITEMS / produceSeconds);
        System.out.printf("%-58s %10d %10.0f%n", "items stored, Kafka -> PostgreSQL (first send to last row)", ITEMS, ITEMS / storeSeconds);
        System.out.printf("%-58s %10d %10.0f%n", "webhook deliveries, end to end (send item -> delivered)", WEBHOOK_ITEMS, WEBHOOK_ITEMS / hookSeconds);
        System.out.printf("%-58s %10d %10.0f%n", "webhook deliveries, outbox row created -> delivered", WEBHOOK_ITEMS, WEBHOOK_ITEMS / sendSeconds);
        System.out.printf("%-58s %10d%n", "requests the receiver saw", receiver.requests());
    }

    private static double produce(String source, int n) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < n; i++) {
                ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон №" + i + " об искусственном интеллекте");
                producer.send(new ProducerRecord<>(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item)));
            }
            producer.flush();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private long count(String sql, String source) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private double seconds(String sql, String source) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }
}
