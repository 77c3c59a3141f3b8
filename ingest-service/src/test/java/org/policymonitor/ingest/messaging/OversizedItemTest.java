package org.policymonitor.ingest.messaging;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.TestKafka;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.policymonitor.testing.http.ManagementPort.management;

/**
 * One item the broker cannot take never blocks its source: it goes to the dead-letter topic with the reason, the
 * newer items are published, the poll succeeds and the next poll does not try it again. On the real broker: a
 * topic with a small {@code max.message.bytes} (refused by the broker), and a producer with a small
 * {@code max.request.size} (refused by the client before sending), both through SmallRye channels.
 */
@QuarkusTest
class OversizedItemTest {

    /** Health and metrics are on the management port, not the API port. */
    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    StateStore store;
    @Inject
    Pollers pollers;

    @Test
    void anItemTheBrokerRefusesAsTooLargeIsDeadLetteredAndTheNewerItemsArePublished() throws Exception {
        String id = TestFeeds.uniqueId("too-large-broker");
        String topic = "test.items." + id;
        createTopic(topic, 8192);
        createTopic(Topics.deadLetter(topic), 8192);
        // the service's own channel, the items on a topic of their own
        pollTwiceAndCheck(id, topic, pollers.onTopic(topic));
    }

    @Test
    void anItemTheProducerRefusesAsTooLargeIsDeadLetteredAndTheNewerItemsArePublished() throws Exception {
        String id = TestFeeds.uniqueId("too-large-client");
        String topic = "test.items." + id;
        createTopic(topic, 1_000_000);
        createTopic(Topics.deadLetter(topic), 1_000_000);
        pollTwiceAndCheck(id, topic, pollers.smallRequests(topic));
    }

    private void pollTwiceAndCheck(String id, String topic, KafkaItemPublisher publisher) {
        String path = "/" + id + "/rss";
        infra.server().serve(path, Reply.of(200, "application/rss+xml", feed(id)));
        SourceDefinition source = TestFeeds.feedSource(id, infra.server().url(path));
        SourcePoller poller = pollers.poller("oversized-" + id, publisher);
        try (KafkaTestClient.Subscription items = infra.kafka().subscribe(topic);
             KafkaTestClient.Subscription dead = infra.kafka().subscribe(Topics.deadLetter(topic))) {
            PollReport first = poller.poll(source, true);
            assertThat(first.outcome()).as(first.error()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(first.newItems()).isEqualTo(2);
            assertThat(first.health()).isNotEqualTo(SourceHealth.FAILING);

            List<ConsumerRecord<String, String>> published = items.awaitRecords(2, r -> true, Deadlines.ARRIVES);
            assertThat(published).extracting(r -> TestFeeds.item(r.value()).link())
                    .containsExactly(link(id, 1), link(id, 3));
            ConsumerRecord<String, String> letter = dead.awaitRecords(1, r -> true, Deadlines.ARRIVES).get(0);
            assertThat(KafkaTestClient.header(letter, "dead-letter-reason")).contains("too large");
            assertThat(KafkaTestClient.header(letter, "dead-letter-exception-class-name")).endsWith("RecordTooLargeException");
            assertThat(KafkaTestClient.header(letter, "dead-letter-topic")).isEqualTo(topic);
            assertThat(KafkaTestClient.header(letter, "dead-letter-source")).isEqualTo(id);
            FeedItem kept = TestFeeds.item(letter.value());
            assertThat(letter.key()).isEqualTo(kept.id());
            assertThat(kept.link()).isEqualTo(link(id, 2));
            assertThat(kept.title()).isEqualTo("Item 2 with a huge body");

            // the next poll neither retries the item nor dead-letters it again
            PollReport second = poller.poll(source, true);
            assertThat(second.outcome()).isEqualTo(PollReport.Outcome.POLLED);
            assertThat(second.newItems()).isZero();
            assertThat(items.drain(r -> true, Duration.ofSeconds(2))).hasSize(2);
            assertThat(dead.drain(r -> true, Duration.ofSeconds(1))).hasSize(1);

            // the operator sees it: a counter, and the source's recent errors
            management(managementUrl).get("/q/metrics").then().statusCode(200)
                    .body(containsString("policy_ingest_items_dead_lettered_total{source=\"" + id + "\"} 1.0"))
                    .body(containsString("policy_ingest_last_success_age_seconds{source=\"" + id + "\"}"));
            assertThat(store.recentErrors(id, 10)).anySatisfy(e -> {
                assertThat(e.reason()).isEqualTo("dead_letter");
                assertThat(e.message()).contains(kept.id()).contains("too large");
            });
        }
    }

    private static String link(String id, int n) {
        return "https://news.example/" + id + "/item-" + n + "/";
    }

    /** Three items, oldest first in time; the middle one carries ~60 KB of incompressible text. */
    private static byte[] feed(String id) {
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            noise.append(i % 7 == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
                + "<link>https://news.example/</link><description>d</description>\n");
        for (int n = 3; n >= 1; n--) {
            s.append("<item><title>Item ").append(n).append(n == 2 ? " with a huge body" : "").append("</title><link>")
                    .append(link(id, n)).append("</link><description>Lead ").append(n).append("</description>");
            if (n == 2) {
                s.append("<content:encoded>").append(noise).append("</content:encoded>");
            }
            s.append("<pubDate>Thu, 17 Jun 2021 1").append(n).append(":00:00 +0300</pubDate></item>\n");
        }
        return s.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void createTopic(String name, int maxMessageBytes) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(maxMessageBytes)))))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }
}
