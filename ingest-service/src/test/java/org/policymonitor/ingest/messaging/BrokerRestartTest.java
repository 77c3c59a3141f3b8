package org.policymonitor.ingest.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker is killed and comes back at the same address: the same producer reconnects by itself, and the items
 * of the polls made while it was away are published once when it is back — none lost, none twice. The service's
 * own channel runs against that broker (a test profile: the application restarts for this class).
 */
@QuarkusTest
@TestProfile(BrokerRestartTest.OwnBroker.class)
class BrokerRestartTest {

    /** The service's channel ({@code ingest-events}) on a broker of its own, which the test kills and restarts. */
    public static class OwnBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Broker.class));
        }
    }

    /** Starts the restartable broker before the application, and points the service's channel at it. */
    public static class Broker implements QuarkusTestResourceLifecycleManager {
        private RestartableBroker broker;

        @Override
        public Map<String, String> start() {
            try {
                broker = new RestartableBroker();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // the items' topic exists before the first poll, as in a deployment, and a publish waits as long as in
            // the other tests (the profile's policy.publish.timeout): 3 s were too few for a first publish at load ~50
            broker.createTopic(Topics.ITEMS_RAW);
            return Map.of("mp.messaging.outgoing." + MessagingWiring.CHANNEL + ".bootstrap.servers",
                    broker.bootstrapServers());
        }

        /** Hands the broker to the test's {@code RestartableBroker} field (the test runs in another class loader). */
        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(broker, new TestInjector.MatchesType(RestartableBroker.class));
        }

        @Override
        public void stop() {
            broker.close();
        }
    }

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    StateStore store;
    @Inject
    Pollers pollers;
    @Inject
    KafkaItemPublisher publisher;

    /** Set by {@link Broker}. */
    RestartableBroker broker;

    @Test
    void theProducerReconnectsAfterABrokerRestartAndPublishesWhatWasLeftOver() throws Exception {
        String id = TestFeeds.uniqueId("restart");
        String path = "/" + id + "/rss";
        FeedServer server = infra.server();
        server.serve(path, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 3)));
        SourceDefinition source = TestFeeds.feedSource(id, server.url(path));
        SourcePoller poller = pollers.poller("restart-" + id, publisher);
        assertThat(poller.poll(source, true).newItems()).isEqualTo(3);

        broker.stop();
        server.serve(path, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 6)));
        PollReport during = poller.poll(source, true);
        assertThat(during.outcome()).isEqualTo(PollReport.Outcome.FAILED);
        assertThat(during.errorReason()).isEqualTo(FailureReason.PUBLISH);
        assertThat(store.publishedCount(id)).isEqualTo(3);

        broker.start();
        // the same channel and producer, never rebuilt: it finds the broker again within a few polls
        AtomicReference<PollReport> after = new AtomicReference<>();
        await().atMost(Deadlines.FLOWS).pollInterval(Duration.ofSeconds(1)).until(() -> {
            after.set(poller.poll(source, true));
            return after.get().outcome() == PollReport.Outcome.POLLED;
        });
        assertThat(store.publishedCount(id)).isEqualTo(6);

        try (KafkaTestClient client = new KafkaTestClient(broker.bootstrapServers());
             KafkaTestClient.Subscription sub = client.subscribe(Topics.ITEMS_RAW)) {
            sub.awaitRecords(6, r -> r.value().contains(id), Deadlines.ARRIVES);
            List<ConsumerRecord<String, String>> all = sub.drain(r -> r.value().contains(id), Duration.ofSeconds(2));
            Map<String, Long> perKey = all.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perKey).hasSize(6);
            assertThat(perKey.values()).containsOnly(1L);
        }
    }
}
