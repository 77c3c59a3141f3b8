package org.policymonitor.ingest.publish;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.poll.HealthRules;
import org.policymonitor.ingest.poll.PollMetrics;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.FailureReason;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.platform.retry.Backoff;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker is killed and comes back at the same address: the same producer reconnects by itself, and the items
 * of the polls made while it was away are published once when it is back — none lost, none twice.
 */
@QuarkusTest
class BrokerRestartTest {

    static FeedServer server;

    @Inject
    StateStore store;
    @Inject
    HttpFetcher fetcher;
    @Inject
    DocumentParser parser;
    @Inject
    PollMetrics metrics;
    @Inject
    Backoff backoff;
    @Inject
    HealthRules health;

    @BeforeAll
    static void start() {
        server = new FeedServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theProducerReconnectsAfterABrokerRestartAndPublishesWhatWasLeftOver() throws Exception {
        String id = TestFeeds.uniqueId("restart");
        String path = "/" + id + "/rss";
        server.serve(path, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 3)));
        SourceDefinition source = TestFeeds.feedSource(id, server.url(path));
        try (RestartableBroker broker = new RestartableBroker();
             KafkaItemPublisher publisher = new KafkaItemPublisher(broker.bootstrapServers(), Duration.ofSeconds(3), Map.of())) {
            SourcePoller poller = new SourcePoller("restart-" + id, store, fetcher, parser, publisher, metrics, backoff,
                    health, Duration.ofSeconds(30), Clock.systemUTC());
            assertThat(poller.poll(source, true).newItems()).isEqualTo(3);

            broker.stop();
            server.serve(path, Reply.of(200, "application/rss+xml", TestFeeds.rss(id, 1, 6)));
            PollReport during = poller.poll(source, true);
            assertThat(during.outcome()).isEqualTo(PollReport.Outcome.FAILED);
            assertThat(during.errorReason()).isEqualTo(FailureReason.PUBLISH);
            assertThat(store.publishedCount(id)).isEqualTo(3);

            broker.start();
            // the same producer, never rebuilt: it finds the broker again within a few polls
            AtomicReference<PollReport> after = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                after.set(poller.poll(source, true));
                return after.get().outcome() == PollReport.Outcome.POLLED;
            });
            assertThat(store.publishedCount(id)).isEqualTo(6);

            try (KafkaTestClient client = new KafkaTestClient(broker.bootstrapServers());
                 KafkaTestClient.Subscription sub = client.subscribe(Topics.ITEMS_RAW)) {
                sub.awaitRecords(6, r -> r.value().contains(id), Duration.ofSeconds(60));
                List<ConsumerRecord<String, String>> all = sub.drain(r -> r.value().contains(id), Duration.ofSeconds(2));
                Map<String, Long> perKey = all.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
                assertThat(perKey).hasSize(6);
                assertThat(perKey.values()).containsOnly(1L);
            }
        }
    }
}
