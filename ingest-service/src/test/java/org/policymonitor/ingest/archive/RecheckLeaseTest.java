package org.policymonitor.ingest.archive;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policymonitor.events.ChangeKind;
import org.policymonitor.events.EventJson;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.Topics;
import org.policymonitor.ingest.FeedsAndBroker;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.article.ArticleReader;
import org.policymonitor.ingest.article.ArticleText;
import org.policymonitor.ingest.messaging.KafkaItemPublisher;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.KafkaTestClient;
import org.policymonitor.testing.SettableClock;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The archive's claims are short and a running re-check keeps them alive, as the poll's leases are
 * ({@code poll.LeaseRenewalTest}): a re-check slower than its lease keeps its article — no other instance fetches it
 * meanwhile, and what it found is saved — while the articles a killed instance had claimed are re-checked one lease
 * later. Before, the lease (15 minutes) had to outlast the slowest cycle imaginable, and a crashed instance's claimed
 * re-checks waited that long.
 */
@QuarkusTest
class RecheckLeaseTest {

    /**
     * Far shorter than the re-check below, which the test holds for as long as it needs, yet long enough for a loaded
     * machine: a renewal thread kept from the CPU for over two thirds of it (a third of the lease is the renewal
     * period) would lose a running re-check its lease. (At 2 s, a pause of two seconds between the killed instance's
     * claim and the next instance's attempt also let that lease run out first; the killed instance's lease is
     * now one of its own, ended by the test.)
     */
    private static final Duration LEASE = Duration.ofSeconds(10);

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
    RecheckSchedule schedule;
    @Inject
    MicrometerArchiveMetrics metrics;
    @Inject
    ArchiveConfig config;
    @Inject
    DataSource dataSource;

    @Test
    void aRecheckLongerThanItsLeaseKeepsItsArticleAndSavesWhatItFound() throws Exception {
        Archived article = archiveOneArticle("archive-slow");
        String[] edited = ArchivePages.DECREE.clone();
        edited[0] = edited[0].replace("5 million", "8 million");
        infra.server().serve(article.path, ArchivePages.page("Decree", edited, 2, "", "today"));
        SettableClock clock = new SettableClock(store.find(article.itemId).orElseThrow().nextRecheckAt());
        HeldReader held = new HeldReader(reader);
        try (ArticleRechecker slow = rechecker("instance-slow", article.source, held, clock);
             ArticleRechecker other = rechecker("instance-other", article.source, reader, clock)) {
            CompletableFuture<ArticleRechecker.CycleReport> cycle = CompletableFuture.supplyAsync(() -> run(slow));
            assertThat(held.entered.await(Deadlines.ARRIVES.toSeconds(), TimeUnit.SECONDS)).as("page read").isTrue();
            Instant firstDeadline = leaseUntil(article.itemId);
            // the re-check is held past the end of its first lease (a renewal made after that moment, a third of a
            // lease apart, sets the lease beyond firstDeadline + LEASE): the lease moves on with it. Until 6 December
            // 2026 the test waited for two leases more (23 s); one proves the same, as every renewal is one statement
            await().atMost(Deadlines.ARRIVES)
                    .until(() -> leaseUntil(article.itemId).isAfter(firstDeadline.plus(LEASE)));
            int fetches = infra.server().hits(article.path);
            assertThat(other.runCycle().claimed()).as("another instance while the slow re-check runs").isZero();
            assertThat(infra.server().hits(article.path)).as("not fetched by the other instance").isEqualTo(fetches);

            held.proceed.countDown();
            ArticleRechecker.CycleReport report = cycle.get(Deadlines.ARRIVES.toSeconds(), TimeUnit.SECONDS);
            assertThat(report.changes()).as(report.toString()).containsEntry(ChangeKind.EDITED, 1);
        }
        ArchiveStore.StoredArticle saved = store.find(article.itemId).orElseThrow();
        assertThat(saved.currentVersion()).as("the edit the slow re-check found is saved").isEqualTo(2);
        assertThat(saved.step()).isEqualTo(1);
        assertThat(saved.leaseOwner()).as("given back at the end").isNull();
    }

    @Test
    void theArticlesOfAKilledRecheckAreRecheckedOneLeaseLater() throws Exception {
        assertThat(config.lease()).as("how long the articles a killed instance had claimed wait (policy.archive.lease)")
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
        Archived article = archiveOneArticle("archive-killed");
        SettableClock clock = new SettableClock(store.find(article.itemId).orElseThrow().nextRecheckAt());
        // a process killed mid-cycle: its claims stay in the table, and nobody renews them. A lease no pause of a
        // loaded machine outlasts, as it ends when the test says (below), not when the clock gets there
        Duration killedLease = Deadlines.ARRIVES;
        Instant beforeClaim = Instant.now().truncatedTo(ChronoUnit.MICROS);
        assertThat(store.claimDue("instance-killed", clock.instant(), 200, 50, killedLease))
                .extracting(ArchivedArticle::itemId).contains(article.itemId);
        int fetches = infra.server().hits(article.path);
        try (ArticleRechecker restarted = rechecker("instance-restarted", article.source, reader, clock)) {
            restarted.runCycle();
            assertThat(infra.server().hits(article.path)).as("while the killed cycle's lease lasts").isEqualTo(fetches);
            assertThat(leaseUntil(article.itemId)).as("the killed cycle's lease ends one lease after its claim")
                    .isBetween(beforeClaim.plus(killedLease), Instant.now().plus(killedLease));

            // one lease later: the database's clock passes lease_until. The lease is moved back by one lease rather
            // than waited out (a 10 s lease waited out in every run until 6 December 2026, and the first cycle above
            // had to come within those 10 s): lease_until < now() is all a claim compares
            runsOut(article.itemId, killedLease);
            restarted.runCycle();
            assertThat(store.find(article.itemId).orElseThrow().step()).as("re-checked once the lease ran out")
                    .isEqualTo(1);
        }
        assertThat(infra.server().hits(article.path)).isEqualTo(fetches + 1);
    }

    private record Archived(SourceDefinition source, String path, String itemId) {
    }

    /** A full-text source with one article, polled: version 1 archived. */
    private Archived archiveOneArticle(String prefix) {
        String id = TestFeeds.uniqueId(prefix);
        String path = "/" + id + "/decree";
        String link = infra.server().url(path);
        infra.server().serve("/" + id + "/rss", ArchivePages.feed(id, link));
        infra.server().serve(path, ArchivePages.page("Decree", ArchivePages.DECREE, 1, "", "today"));
        SourceDefinition source = new SourceDefinition(id, "Ministry " + id,
                Endpoint.feed(URI.create(infra.server().url("/" + id + "/rss"))), null, "en",
                ZoneId.of("Europe/Minsk"), Duration.ofMinutes(10), Duration.ofDays(1), true, true, null);
        try (KafkaTestClient.Subscription raw = infra.kafka().subscribe(Topics.ITEMS_RAW)) {
            PollReport report = poller.poll(source, true);
            assertThat(report.newItems()).as(report.toString()).isEqualTo(1);
            FeedItem item = EventJson.fromJson(raw.awaitRecords(1, r -> r.value().contains(id), Deadlines.ARRIVES)
                    .get(0).value(), FeedItem.class);
            assertThat(store.find(item.id())).isPresent();
            return new Archived(source, path, item.id());
        }
    }

    /** A re-checker with the short lease and the test's clock; articles of other tests' sources are not fetched. */
    private ArticleRechecker rechecker(String owner, SourceDefinition source, ArticleReader articles,
                                       SettableClock clock) {
        return new ArticleRechecker(owner, store, articles,
                id -> id.equals(source.id()) ? Optional.of(source) : Optional.empty(), publisher, metrics,
                schedule, new ChangeDetector(new WordDiff(5)), new ArticleRechecker.Settings(200, 50, 2, LEASE), clock);
    }

    private static ArticleRechecker.CycleReport run(ArticleRechecker rechecker) {
        try {
            return rechecker.runCycle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Moves the article's lease back in time by its length, as if that long had passed since its claim. */
    private void runsOut(String itemId, Duration lease) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update archived_article "
                     + "set lease_until = lease_until - make_interval(secs => ?) where item_id = ?")) {
            s.setDouble(1, lease.toMillis() / 1000.0);
            s.setString(2, itemId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private Instant leaseUntil(String itemId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select lease_until from archived_article where item_id = ?")) {
            s.setString(1, itemId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                OffsetDateTime until = r.getObject(1, OffsetDateTime.class);
                return until == null ? Instant.EPOCH : until.toInstant();
            }
        }
    }

    /** The service's article reader, held at the first page until the test lets it go (a slow host). */
    private static final class HeldReader implements ArticleReader {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch proceed = new CountDownLatch(1);
        private final ArticleReader delegate;

        HeldReader(ArticleReader delegate) {
            this.delegate = delegate;
        }

        @Override
        public ArticleText read(SourceDefinition source, String url) {
            entered.countDown();
            try {
                if (!proceed.await(Deadlines.FLOWS.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the page go");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return delegate.read(source, url);
        }
    }
}
