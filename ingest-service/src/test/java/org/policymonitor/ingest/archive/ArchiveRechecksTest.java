package org.policymonitor.ingest.archive;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.DiffChunk;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.ItemChange;
import org.policymonitor.events.Topics;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.FeedServer.Reply;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.Pollers;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.article.ArticleReader;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.messaging.KafkaItemPublisher;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.SettableClock;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The archive end to end on real parts: an article page on a real local HTTP server, read by the service's article
 * reader, archived when the poll publishes its item (PostgreSQL), re-checked by cycles driven with a clock the test
 * moves, its changes on the real topics.
 */
@QuarkusTest
class ArchiveRechecksTest {

    @RegisterExtension
    static final FeedsAndBroker infra = new FeedsAndBroker();

    @Inject
    SourcePoller poller;
    @Inject
    ArchiveStore store;
    @Inject
    ArticleReader reader;
    @Inject
    KafkaItemPublisher publisher;
    @Inject
    Pollers pollers;
    @Inject
    RecheckSchedule schedule;
    @Inject
    MicrometerArchiveMetrics metrics;

    /** Health and metrics are on the management port. */
    @TestHTTPResource(value = "/", management = true)
    URL managementUrl;

    private static SourceDefinition fullTextSource(String id, String feedUrl) {
        return new SourceDefinition(id, "Ministry " + id, Endpoint.feed(URI.create(feedUrl)), null, "en",
                ZoneId.of("Europe/Minsk"), Duration.ofMinutes(10), Duration.ofDays(1), true, true, null);
    }

    /** A re-checker of its own with the test's clock; articles of other tests' sources are not fetched. */
    private ArticleRechecker rechecker(String owner, SourceDefinition source, SettableClock clock,
                                       ChangePublisher changes) {
        return new ArticleRechecker(owner, store, reader,
                id -> id.equals(source.id()) ? Optional.of(source) : Optional.empty(), changes, metrics,
                schedule, new ChangeDetector(new WordDiff(5)),
                new ArticleRechecker.Settings(200, 50, 2, Duration.ofMinutes(5)), clock);
    }

    private Instant dueAt(String itemId) {
        return store.find(itemId).orElseThrow().nextRecheckAt();
    }

    /** Polls the source (which archives its new items) and answers the published items by link. */
    private Map<String, FeedItem> pollAndArchive(SourceDefinition source, KafkaTestClient.Subscription raw, int items) {
        PollReport report = poller.poll(source, true);
        assertThat(report.newItems()).as(report.toString()).isEqualTo(items);
        return raw.awaitRecords(items, r -> r.value().contains(source.id()), Deadlines.ARRIVES).stream()
                .map(r -> EventJson.fromJson(r.value(), FeedItem.class))
                .collect(Collectors.toMap(FeedItem::link, i -> i));
    }

    @Test
    void anArticleEditedChangedInMarkupOnlyGoneTwiceAndRestoredGivesOneEventPerChangeAndKeepsEveryVersion()
            throws Exception {
        String id = TestFeeds.uniqueId("archive");
        String link = infra.server().url("/" + id + "/decree-112");
        infra.server().serve("/" + id + "/rss", ArchivePages.feed(id, link));
        infra.server().serve("/" + id + "/decree-112", ArchivePages.page("Decree No. 112 signed", ArchivePages.DECREE, 10,
                "Buy a tractor", "30.11.2026 10:01"));
        SourceDefinition source = fullTextSource(id, infra.server().url("/" + id + "/rss"));
        try (KafkaTestClient.Subscription raw = infra.kafka().subscribe(Topics.ITEMS_RAW);
             KafkaTestClient.Subscription changed = infra.kafka().subscribe(Topics.ITEMS_CHANGED)) {
            FeedItem first = pollAndArchive(source, raw, 1).get(link);
            String itemId = first.id();
            assertThat(first.version()).isEqualTo(1);
            assertThat(first.content()).contains("5 million roubles").doesNotContain("Views", "Buy a tractor");
            List<ArchiveStore.StoredVersion> versions = store.versions(itemId);
            assertThat(versions).hasSize(1);
            assertThat(versions.get(0).hash()).isEqualTo(ArticleTexts.hash(first.content()));
            Instant firstSeen = versions.get(0).fetchedAt();
            assertThat(dueAt(itemId)).isBetween(firstSeen.plus(Duration.ofHours(1)),
                    firstSeen.plus(Duration.ofMinutes(66)));

            SettableClock clock = new SettableClock(firstSeen.plus(Duration.ofMinutes(30)));
            try (ArticleRechecker cycle = rechecker("test-a", source, clock, publisher)) {
                int fetches = infra.server().hits("/" + id + "/decree-112");
                cycle.runCycle();
                assertThat(infra.server().hits("/" + id + "/decree-112")).as("not due yet: not fetched").isEqualTo(fetches);

                // 1 h: counters, advert and "last viewed" changed around the same text: not an edit
                infra.server().serve("/" + id + "/decree-112", ArchivePages.page("Decree No. 112 signed",
                        ArchivePages.DECREE, 4711, "Holidays in Naroch", "01.12.2026 08:15"));
                clock.set(dueAt(itemId));
                cycle.runCycle();
                assertThat(infra.server().hits("/" + id + "/decree-112")).isEqualTo(fetches + 1);
                assertThat(store.find(itemId).orElseThrow().currentVersion()).isEqualTo(1);
                assertThat(store.find(itemId).orElseThrow().step()).isEqualTo(1);

                // 6 h: a figure corrected in the text: edited, version 2
                String[] edited = ArchivePages.DECREE.clone();
                edited[0] = edited[0].replace("5 million", "7 million");
                infra.server().serve("/" + id + "/decree-112", ArchivePages.page("Decree No. 112 signed", edited, 9000,
                        "Buy a tractor", "01.12.2026 15:00"));
                clock.set(dueAt(itemId));
                cycle.runCycle();
                assertThat(store.find(itemId).orElseThrow().currentVersion()).isEqualTo(2);

                // 1 d: 404 once: nothing yet
                infra.server().serve("/" + id + "/decree-112", Reply.text(404, "Not found"));
                clock.set(dueAt(itemId));
                cycle.runCycle();
                assertThat(store.find(itemId).orElseThrow()).satisfies(a -> {
                    assertThat(a.status()).isEqualTo("published");
                    assertThat(a.consecutiveGone()).isEqualTo(1);
                    assertThat(a.currentVersion()).isEqualTo(2);
                });

                // 3 d: 404 again: removed, version 3
                clock.set(dueAt(itemId));
                cycle.runCycle();
                assertThat(store.find(itemId).orElseThrow().status()).isEqualTo("removed");

                // 7 d: back with the edited text: restored, version 4, nothing to classify again
                infra.server().serve("/" + id + "/decree-112", ArchivePages.page("Decree No. 112 signed", edited, 9500,
                        "Buy a tractor", "07.12.2026 09:00"));
                clock.set(dueAt(itemId));
                cycle.runCycle();

                // 30 d: the server fails (503): nothing changes, and no re-check is left
                infra.server().serve("/" + id + "/decree-112", Reply.text(503, "Service unavailable"));
                clock.set(dueAt(itemId));
                cycle.runCycle();
                ArchiveStore.StoredArticle last = store.find(itemId).orElseThrow();
                assertThat(last.status()).isEqualTo("published");
                assertThat(last.currentVersion()).isEqualTo(4);
                assertThat(last.nextRecheckAt()).isNull();
                assertThat(last.step()).isEqualTo(6);
                clock.set(firstSeen.plus(Duration.ofDays(400)));
                int before = infra.server().hits("/" + id + "/decree-112");
                cycle.runCycle();
                assertThat(infra.server().hits("/" + id + "/decree-112")).isEqualTo(before);
            }

            // the versions: 1 original, 2 edited (diff), 3 removed (no text), 4 restored (same text as 2, no diff)
            List<ArchiveStore.StoredVersion> all = store.versions(itemId);
            assertThat(all).extracting(ArchiveStore.StoredVersion::version).containsExactly(1, 2, 3, 4);
            assertThat(all).extracting(ArchiveStore.StoredVersion::change)
                    .containsExactly(null, "edited", "removed", "restored");
            assertThat(all).extracting(ArchiveStore.StoredVersion::httpStatus).containsExactly(200, 200, 404, 200);
            assertThat(all.get(1).text()).contains("7 million roubles").doesNotContain("5 million");
            assertThat(all.get(1).diffJson()).contains("{\"op\":\"delete\",\"text\":\"5\"}", "{\"op\":\"insert\",\"text\":\"7\"}");
            assertThat(all.get(2).text()).isNull();
            assertThat(all.get(3).hash()).isEqualTo(all.get(1).hash());
            assertThat(all.get(3).diffJson()).isEqualTo("[]");

            // the events: exactly one per change, on the real topic, keyed by the item id
            List<ConsumerRecord<String, String>> events = changed.awaitRecords(3, r -> itemId.equals(r.key()),
                    Deadlines.ARRIVES);
            assertThat(changed.drain(r -> itemId.equals(r.key()), Duration.ofSeconds(2))).hasSize(3);
            List<ItemChange> changes = events.stream().map(r -> EventJson.fromJson(r.value(), ItemChange.class)).toList();
            assertThat(changes).extracting(ItemChange::change)
                    .containsExactly(ChangeKind.EDITED, ChangeKind.REMOVED, ChangeKind.RESTORED);
            assertThat(changes).extracting(ItemChange::version).containsExactly(2, 3, 4);
            assertThat(changes).extracting(ItemChange::httpStatus).containsExactly(200, 404, 200);
            assertThat(changes.get(0).diff()).contains(new DiffChunk(DiffChunk.Op.DELETE, "5"),
                    new DiffChunk(DiffChunk.Op.INSERT, "7"));
            assertThat(changes.get(0).title()).isEqualTo(first.title());
            assertThat(changes.get(0).textHash()).isEqualTo(all.get(1).hash());
            assertThat(changes.get(1).diff()).isEmpty();
            assertThat(changes.get(1).textHash()).isNull();
            assertThat(changes.get(2).diff()).isEmpty();

            // the edit went to the classifier again: same id, version 2, the new text; nothing else was republished
            // version 2 awaited first (only version 1 was read so far): the drain's two seconds are the window in which
            // nothing else may be republished, not the only wait for the edit
            raw.awaitRecords(2, r -> itemId.equals(r.key()), Deadlines.ARRIVES);
            List<FeedItem> items = raw.drain(r -> itemId.equals(r.key()), Duration.ofSeconds(2)).stream()
                    .map(r -> EventJson.fromJson(r.value(), FeedItem.class)).toList();
            assertThat(items).extracting(FeedItem::version).containsExactly(1, 2);
            assertThat(items.get(1).content()).contains("7 million roubles");
            assertThat(items.get(1).title()).isEqualTo(first.title());
            assertThat(items.get(1).link()).isEqualTo(first.link());
        }
        RequestSpecification management = given().baseUri("http://" + managementUrl.getHost())
                .port(managementUrl.getPort());
        String metricsText = management.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metricsText).contains("policy_ingest_archive_changes_total{kind=\"edited\"}",
                "policy_ingest_archive_changes_total{kind=\"removed\"}",
                "policy_ingest_archive_changes_total{kind=\"restored\"}",
                "policy_ingest_archive_rechecks_total{outcome=\"gone\"}",
                "policy_ingest_archive_rechecks_total{outcome=\"unavailable\"}",
                "policy_ingest_archive_articles_total", "policy_ingest_archive_due");
        management.get("/q/health/ready").then().body(containsString("\"Archive\""), containsString("\"due\""));
    }

    /**
     * A site that puts a bot check or a login wall in front of its pages answers them with 200: the article is not
     * gone (a browser or a later visit still sees it), so nothing is recorded and the page is tried again at the next
     * step. Until 6 December 2026 the wall's few lines were read as the article: an {@code edited} version replacing
     * the decree with "Подтвердите, что запросы отправляли вы, а не робот", re-published to the classifier and alerted.
     */
    @Test
    void aBotCheckOrALoginWallAnsweredWith200IsNoEditAndTheArticleIsReadAgainLater() throws Exception {
        String id = TestFeeds.uniqueId("archive-wall");
        String path = "/" + id + "/decree-112";
        String link = infra.server().url(path);
        infra.server().serve("/" + id + "/rss", ArchivePages.feed(id, link));
        infra.server().serve(path, ArchivePages.page("Decree No. 112 signed", ArchivePages.DECREE, 10,
                "Buy a tractor", "30.11.2026 10:01"));
        SourceDefinition source = fullTextSource(id, infra.server().url("/" + id + "/rss"));
        try (KafkaTestClient.Subscription raw = infra.kafka().subscribe(Topics.ITEMS_RAW);
             KafkaTestClient.Subscription changed = infra.kafka().subscribe(Topics.ITEMS_CHANGED)) {
            String itemId = pollAndArchive(source, raw, 1).get(link).id();
            Instant firstSeen = store.versions(itemId).get(0).fetchedAt();
            SettableClock clock = new SettableClock(firstSeen);
            String[] walls = {
                    "<!DOCTYPE html><html><head><title>Вы не робот?</title></head><body><div class=\"CheckboxCaptcha\">"
                            + "<h1>Подтвердите, что запросы отправляли вы, а не робот</h1><p>Нам очень жаль, но запросы"
                            + " с вашего устройства похожи на автоматические.</p><form action=\"/checkcaptcha\">"
                            + "<input type=\"checkbox\"> Я не робот</form></div></body></html>",
                    "<!DOCTYPE html><html><head><title>Вход — Портал</title></head><body><main><h1>Вход в личный"
                            + " кабинет</h1><p>Для просмотра этого материала необходимо авторизоваться. Введите логин и"
                            + " пароль, выданные администратором портала.</p><form method='post' action='/login'>"
                            + "<input name='login'><input type='password' name='password'><button>Войти</button>"
                            + "</form></main></body></html>"};
            try (ArticleRechecker cycle = rechecker("test-wall", source, clock, publisher)) {
                for (String wall : walls) {
                    infra.server().serve(path, Reply.of(200, "text/html; charset=utf-8",
                            wall.getBytes(StandardCharsets.UTF_8)));
                    int fetches = infra.server().hits(path);
                    clock.set(dueAt(itemId));
                    cycle.runCycle();
                    assertThat(infra.server().hits(path)).isEqualTo(fetches + 1);
                    ArchiveStore.StoredArticle article = store.find(itemId).orElseThrow();
                    assertThat(store.versions(itemId)).as(wall).extracting(ArchiveStore.StoredVersion::change)
                            .containsExactly((String) null);
                    assertThat(article.status()).isEqualTo("published");
                    assertThat(article.consecutiveGone()).isZero();
                }
                // the wall lifted: the same text, nothing to record either
                infra.server().serve(path, ArchivePages.page("Decree No. 112 signed", ArchivePages.DECREE, 99,
                        "Buy a tractor", "03.12.2026 10:01"));
                clock.set(dueAt(itemId));
                cycle.runCycle();
                assertThat(store.find(itemId).orElseThrow().currentVersion()).isEqualTo(1);
            }
            assertThat(changed.drain(r -> itemId.equals(r.key()), Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void aChangeKafkaDidNotAcknowledgeIsNotRecordedAndIsPublishedOnTheNextCycle() throws Exception {
        String id = TestFeeds.uniqueId("archive-outage");
        String link = infra.server().url("/" + id + "/decree");
        infra.server().serve("/" + id + "/rss", ArchivePages.feed(id, link));
        infra.server().serve("/" + id + "/decree", ArchivePages.page("Decree", ArchivePages.DECREE, 1, "", "today"));
        SourceDefinition source = fullTextSource(id, infra.server().url("/" + id + "/rss"));
        KafkaItemPublisher down = pollers.deadBroker();
        try (KafkaTestClient.Subscription raw = infra.kafka().subscribe(Topics.ITEMS_RAW);
             KafkaTestClient.Subscription changed = infra.kafka().subscribe(Topics.ITEMS_CHANGED)) {
            String itemId = pollAndArchive(source, raw, 1).get(link).id();
            String[] edited = ArchivePages.DECREE.clone();
            edited[2] = "The decree enters into force on the day of its publication.";
            infra.server().serve("/" + id + "/decree", ArchivePages.page("Decree", edited, 2, "", "today"));
            Instant due = dueAt(itemId);
            SettableClock clock = new SettableClock(due);
            try (ArticleRechecker during = rechecker("test-outage", source, clock, down)) {
                during.runCycle();
            }
            // nothing recorded: still version 1, still due at the same step
            ArchiveStore.StoredArticle after = store.find(itemId).orElseThrow();
            assertThat(after.currentVersion()).isEqualTo(1);
            assertThat(after.step()).isZero();
            assertThat(after.nextRecheckAt()).isEqualTo(due);
            assertThat(after.leaseOwner()).isNull();
            assertThat(store.versions(itemId)).hasSize(1);

            try (ArticleRechecker back = rechecker("test-back", source, clock, publisher)) {
                back.runCycle();
            }
            assertThat(store.find(itemId).orElseThrow().currentVersion()).isEqualTo(2);
            ItemChange change = EventJson.fromJson(changed.awaitRecords(1, r -> itemId.equals(r.key()),
                    Deadlines.ARRIVES).get(0).value(), ItemChange.class);
            assertThat(change.change()).isEqualTo(ChangeKind.EDITED);
            assertThat(change.version()).isEqualTo(2);
            assertThat(changed.drain(r -> itemId.equals(r.key()), Duration.ofSeconds(2))).hasSize(1);
        }
    }

    @Test
    void twoInstancesRecheckingAtTheSameMomentFetchEachArticleOnce() throws Exception {
        String id = TestFeeds.uniqueId("archive-two");
        String[] links = new String[12];
        for (int i = 0; i < links.length; i++) {
            links[i] = infra.server().url("/" + id + "/a" + i);
            infra.server().serve("/" + id + "/a" + i, ArchivePages.page("Article " + i, ArchivePages.DECREE, i, "", "now")
                    .delayed(Duration.ofMillis(50)));
        }
        infra.server().serve("/" + id + "/rss", ArchivePages.feed(id, links));
        SourceDefinition source = fullTextSource(id, infra.server().url("/" + id + "/rss"));
        try (KafkaTestClient.Subscription raw = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            Map<String, FeedItem> items = pollAndArchive(source, raw, links.length);
            Instant allDue = items.values().stream().map(i -> dueAt(i.id())).max(Instant::compareTo).orElseThrow();
            SettableClock clock = new SettableClock(allDue);
            try (ArticleRechecker a = rechecker("instance-a", source, clock, publisher);
                 ArticleRechecker b = rechecker("instance-b", source, clock, publisher)) {
                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<ArticleRechecker.CycleReport> ra = CompletableFuture.supplyAsync(() -> run(a, go));
                CompletableFuture<ArticleRechecker.CycleReport> rb = CompletableFuture.supplyAsync(() -> run(b, go));
                go.countDown();
                ra.get();
                rb.get();
            }
            for (int i = 0; i < links.length; i++) {
                // one fetch by the poll (version 1), one by exactly one of the two instances
                assertThat(infra.server().hits("/" + id + "/a" + i)).as("article " + i).isEqualTo(2);
                assertThat(store.find(items.get(links[i]).id()).orElseThrow().step()).isEqualTo(1);
            }
        }
    }

    private static ArticleRechecker.CycleReport run(ArticleRechecker r, CountDownLatch go) {
        try {
            go.await();
            return r.runCycle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anItemOfASourceWithoutFullTextIsNotArchived() throws IOException {
        String id = TestFeeds.uniqueId("archive-plain");
        String link = infra.server().url("/" + id + "/a");
        infra.server().serve("/" + id + "/rss", ArchivePages.feed(id, link));
        SourceDefinition plain = TestFeeds.feedSource(id, infra.server().url("/" + id + "/rss"));
        try (KafkaTestClient.Subscription raw = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            FeedItem item = pollAndArchive(plain, raw, 1).get(link);
            assertThat(store.find(item.id())).isEmpty();
            assertThat(infra.server().hits("/" + id + "/a")).isZero();
        }
    }
}
