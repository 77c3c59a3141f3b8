package org.policymonitor.alert.delivery;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policymonitor.alert.item.ItemEntity;
import org.policymonitor.alert.support.Api;
import org.policymonitor.alert.support.ShippedPolicyNoTicks;
import org.policymonitor.alert.support.TestItems;
import org.policymonitor.events.ClassifiedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.WebhookReceiver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of alerts to one healthy webhook receiver goes out on the worker's nudges alone — the ticks are an hour
 * apart here —, a busy subscription's next alerts are claimed while its sends run, and each send reads its delivery row once (the claim) and its item once: no re-reading of the rows
 * to build the alert or to record its outcome, no loading of the story's other items one alert at a time.
 */
@QuarkusTest
@TestProfile(ShippedPolicyNoTicks.class) // ticks an hour apart, claims of 20, entity loads counted, a 2 min request deadline
class BurstDeliveryTest {

    private static final Duration DEADLINE = Deadlines.ARRIVES;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    EntityManagerFactory entityManagerFactory;
    @Inject
    MeterRegistry meters;

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aBurstToOneReceiverIsSentWithoutWaitingForATick() {
        String source = TestItems.uniqueSource("burst");
        subscribe(source);
        Set<Thread> sendersBefore = senderThreads();
        double settled = settled();
        int burst = 70; // more than three claims' worth, all for one subscription whose two send slots stay busy
        publish(source, burst);

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(delivered(source)).as("delivered").isEqualTo(burst));
        assertThat(receiver.receipts()).extracting(WebhookReceiver.Receipt::deliveryId)
                .hasSize(burst).doesNotHaveDuplicates();
        // two sends at a time need two threads, not the pool's eight (SenderPool). The database is shared with the
        // test classes before: other subscriptions' due rows (OutboundAddressTest's refused webhooks) are claimed and
        // sent meanwhile, each of their sends may take a thread of its own (the clean-clone run once saw 4) — so the
        // threads started meanwhile are bounded by our two slots plus the other sends settled meanwhile
        await().atMost(DEADLINE).untilAsserted(() -> {
            long others = Math.max(0, Math.round(settled() - settled) - burst);
            assertThat(senderThreads()).filteredOn(t -> !sendersBefore.contains(t))
                    .as("sender threads started for %d alerts to one subscription of two send slots, %d other sends "
                            + "settled meanwhile", burst, others)
                    .hasSizeLessThanOrEqualTo((int) Math.min(2 + others, Integer.MAX_VALUE));
        });
    }

    private static Set<Thread> senderThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("alert-sender"))
                .collect(Collectors.toSet());
    }

    /**
     * While both of a subscription's send slots are taken, its next due rows are already claimed (and their alerts
     * built), so that the slots go straight on to them: before, they were claimed only once its last send ended.
     */
    @Test
    void aBusySubscriptionsNextAlertsAreClaimedWhileItsSendsRun() throws SQLException {
        String source = TestItems.uniqueSource("ahead");
        String held = byName(receiver.endpoint("held", WebhookReceiver.Behaviour.HOLD));
        subscribe(source, held);
        publish(source, 2);
        await().atMost(DEADLINE).until(() -> receiver.requests() >= 2); // both slots held by the receiver

        publish(source, 5);
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(claimed(source))
                .as("deliveries claimed while the receiver holds the first two").isEqualTo(7));
        assertThat(receiver.requests()).as("sends while the slots are held").isEqualTo(2);

        receiver.release();
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(delivered(source)).as("delivered").isEqualTo(7));
        assertThat(receiver.receipts()).extracting(WebhookReceiver.Receipt::deliveryId)
                .hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void eachSendReadsItsDeliveryRowOnceAndItsItemOnce() {
        String source = TestItems.uniqueSource("reads");
        subscribe(source);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long deliveryLoads = loads(statistics, DeliveryEntity.class);
        long itemLoads = loads(statistics, ItemEntity.class);
        double settled = settled();
        int alerts = 15; // one claim's worth, of one story: each alert lists the story's other versions

        publish(source, alerts);

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(delivered(source)).as("delivered").isEqualTo(alerts));
        assertThat(receiver.receipts()).hasSize(alerts);
        assertThat(receiver.receipts().get(alerts - 1).body()).as("the alerts list other versions of their story")
                .contains("\"versions\":[{");
        assertThat(loads(statistics, DeliveryEntity.class) - deliveryLoads)
                .as("delivery rows loaded again after their claim").isZero();
        // at most one item per send settled meanwhile: the database is shared with the test classes before, and the
        // claims our publishing nudges also take their rows that are due (OutboundAddressTest's refused webhooks:
        // 17 items for our 15 sends in one run); those sends load their items too, and are settled and counted. A
        // subscription's look-ahead claims (two rows beyond its two busy slots, as the test above shows) build their
        // alerts before their sends settle: up to two loads more (16 for 15 seen alone); reading every item twice
        // would be 30
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(loads(statistics, ItemEntity.class) - itemLoads)
                .as("items loaded for the %d sends settled while we sent %d alerts", (long) (settled() - settled), alerts)
                .isLessThanOrEqualTo((long) (settled() - settled) + 2));
        assertThat(settled() - settled).as("sends settled").isGreaterThanOrEqualTo(alerts);
    }

    /** Sends settled so far, every outcome and subscription. */
    private double settled() {
        return meters.find("policy.alert.deliveries").counters().stream().mapToDouble(Counter::count).sum();
    }

    private void subscribe(String source) {
        subscribe(source, byName(receiver.url()));
    }

    /** The receiver's URL by the name the profile's webhook policy allows (it refuses private addresses). */
    private static String byName(String url) {
        return url.replace("://127.0.0.1:", "://localhost:");
    }

    private static void subscribe(String source, String url) {
        Api.subscribe("""
                {"name":"burst","channel":"webhook","url":"%s","secret":"burst-test-secret-0123456789",
                 "sources":["%s"]}""".formatted(url, source));
    }

    private static void publish(String source, int count) {
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            IntStream.range(0, count).forEach(i -> {
                ClassifiedItem item = TestItems.modelLawItem(source, "Модельный закон об искусственном интеллекте");
                kafka.send(Topics.ITEMS_CLASSIFIED, item.item().id(), TestItems.json(item));
            });
        }
    }

    private static long loads(Statistics statistics, Class<?> entity) {
        return statistics.getEntityStatistics(entity.getName()).getLoadCount();
    }

    private int delivered(String source) throws SQLException {
        return count(source, "d.status = 'delivered'");
    }

    /** Rows claimed at least once (a claim counts an attempt). */
    private int claimed(String source) throws SQLException {
        return count(source, "d.attempts > 0");
    }

    private int count(String source, String condition) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT count(*) FROM delivery d JOIN item i ON i.id = d.item_id
                     WHERE i.source_id = ? AND %s""".formatted(condition))) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
