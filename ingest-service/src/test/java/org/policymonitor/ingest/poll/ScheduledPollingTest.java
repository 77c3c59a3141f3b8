package org.policymonitor.ingest.poll;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.SourceHealth;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.CapturedLog;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.TestPostgres;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The scheduler's path (PollCycle + the due check of the lease query), driven by the test instead of the clock. */
@QuarkusTest
class ScheduledPollingTest {

    static FeedServer server;

    @Inject
    SourcePoller poller;
    @Inject
    StateStore store;
    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        server = new FeedServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void dueSourcesArePolledAndOthersWaitForTheirInterval() throws InterruptedException {
        String due = TestFeeds.uniqueId("due");
        String failing = TestFeeds.uniqueId("backoff");
        server.serve("/" + due, Reply.of(200, "application/rss+xml", TestFeeds.rss(due, 1, 2)));
        server.serve("/" + failing, Reply.text(500, "boom"));
        SourceDefinition dueSource = TestFeeds.feedSource(due, server.url("/" + due));
        SourceDefinition failingSource = TestFeeds.feedSource(failing, server.url("/" + failing));
        try (PollCycle cycle = new PollCycle(poller, 2)) {
            assertThat(cycle.submitDue(List.of(dueSource, failingSource))).isEqualTo(2);
            await().atMost(Deadlines.ARRIVES).until(() -> store.load(due).counters().polls() == 1 && store.load(failing).counters().polls() == 1);
            // measured from the poll, not from now: on a loaded machine seconds may pass before these lines run
            SourceState.Schedule polled = store.load(due).schedule();
            assertThat(polled.nextPollAt()).isAfter(polled.lastPolledAt().plus(Duration.ofMinutes(9)));
            // backoff after a failure: not before half the initial step (1 min), with jitter
            SourceState.Schedule failed = store.load(failing).schedule();
            assertThat(failed.nextPollAt()).isAfter(failed.lastPolledAt().plus(Duration.ofSeconds(25)));

            // a second cycle right away: neither is due, nothing is fetched
            List<PollReport> again = cycle.runAll(List.of(dueSource, failingSource), false);
            assertThat(again).extracting(PollReport::outcome).containsOnly(PollReport.Outcome.SKIPPED);
            assertThat(server.hits("/" + due)).isEqualTo(1);
            assertThat(server.hits("/" + failing)).isEqualTo(1);
        }
    }

    /**
     * PostgreSQL stopped (for real) for several cycles of two sources: the cycle says the outage in one WARN line and
     * one INFO when the database is back ({@code platform.retry.OutageLog}, a reminder every 5 min in between) — until
     * 6 December 2026 each poll of each source wrote an ERROR with its stack trace, ~500 an hour for two sources at the
     * 15 s tick, burying everything else in the log.
     */
    @Test
    void aDatabaseOutageIsOneWarningAndOneLineWhenItEndsNotAnErrorPerSourcePerCycle() throws InterruptedException {
        String first = TestFeeds.uniqueId("outage-a");
        String second = TestFeeds.uniqueId("outage-b");
        server.serve("/" + first, Reply.of(200, "application/rss+xml", TestFeeds.rss(first, 1, 1)));
        server.serve("/" + second, Reply.of(200, "application/rss+xml", TestFeeds.rss(second, 1, 1)));
        List<SourceDefinition> sources = List.of(TestFeeds.feedSource(first, server.url("/" + first)),
                TestFeeds.feedSource(second, server.url("/" + second)));
        try (PollCycle cycle = new PollCycle(poller, 2); CapturedLog log = CapturedLog.infoAndAbove(PollCycle.class)) {
            TestPostgres.stopServer();
            try {
                for (int i = 0; i < 3; i++) {
                    assertThat(cycle.runAll(sources, true)).as("reports while the database is away").isEmpty();
                }
            } finally {
                TestPostgres.startServer();
            }
            await().atMost(Deadlines.ARRIVES).until(() -> {
                cycle.runAll(sources, true);
                return log.lines().stream().anyMatch(l -> l.startsWith("the database is back after"));
            });

            assertThat(log.warningLines()).hasSize(1);
            assertThat(log.warningLines().get(0)).startsWith("the database is unreachable; polls wait until it returns");
        }
        assertThat(store.load(first).counters().itemsPublished()).as("polled once it was back").isEqualTo(1);
    }

    @Test
    void idsOlderThanTheRetentionAreForgottenAndTheRestKept() {
        String old = TestFeeds.uniqueId("retention-old");
        String recent = TestFeeds.uniqueId("retention-recent");
        server.serve("/" + old, Reply.of(200, "application/rss+xml", TestFeeds.rss(old, 1, 3)));
        server.serve("/" + recent, Reply.of(200, "application/rss+xml", TestFeeds.rss(recent, 1, 2)));
        assertThat(poller.poll(TestFeeds.feedSource(old, server.url("/" + old)), true).newItems()).isEqualTo(3);
        assertThat(poller.poll(TestFeeds.feedSource(recent, server.url("/" + recent)), true).newItems()).isEqualTo(2);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update published_item set first_seen_at = now() - interval '400 days' where source_id = ?1")
                .setParameter(1, old).executeUpdate());
        assertThat(store.forgetPublishedBefore(Instant.now().minus(Duration.ofDays(365)))).isGreaterThanOrEqualTo(3);
        assertThat(store.publishedCount(old)).isZero();
        assertThat(store.publishedCount(recent)).isEqualTo(2);
    }

    @Test
    void aSourceWithNothingNewForLongerThanItsCadenceTurnsSilentThenRecovers() {
        String id = TestFeeds.uniqueId("silent");
        server.serveFeed("/" + id, TestFeeds.rss(id, 1, 2), "application/rss+xml", "\"a\"");
        SourceDefinition source = new SourceDefinition(id, "Quiet source", Endpoint.feed(
                URI.create(server.url("/" + id))), null, "en", null, Duration.ofMinutes(10), Duration.ofSeconds(1), true);
        assertThat(poller.poll(source, true).health()).isEqualTo(SourceHealth.OK);
        // nothing new (304s) for longer than the expected cadence of one second
        await().atMost(Deadlines.ARRIVES).pollInterval(Duration.ofMillis(300))
                .until(() -> poller.poll(source, true).health() == SourceHealth.SILENT);
        assertThat(store.load(id).health().reason()).startsWith("nothing new since");
        server.serveFeed("/" + id, TestFeeds.rss(id, 1, 3), "application/rss+xml", "\"b\"");
        PollReport back = poller.poll(source, true);
        assertThat(back.newItems()).isEqualTo(1);
        assertThat(back.health()).isEqualTo(SourceHealth.RECOVERED);
    }
}
