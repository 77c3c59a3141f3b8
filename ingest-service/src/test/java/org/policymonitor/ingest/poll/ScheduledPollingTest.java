package org.policymonitor.ingest.poll;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.FeedServer;
import org.policymonitor.ingest.FeedServer.Reply;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.ingest.state.StateStore;

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
            await().atMost(Duration.ofSeconds(20)).until(() -> store.load(due).polls() == 1 && store.load(failing).polls() == 1);
            assertThat(store.load(due).nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(9)));
            // backoff after a failure: not before half the initial step (1 min), with jitter
            assertThat(store.load(failing).nextPollAt()).isAfter(Instant.now().plus(Duration.ofSeconds(25)));

            // a second cycle right away: neither is due, nothing is fetched
            List<PollReport> again = cycle.runAll(List.of(dueSource, failingSource), false);
            assertThat(again).extracting(PollReport::outcome).containsOnly(PollReport.Outcome.SKIPPED);
            assertThat(server.hits("/" + due)).isEqualTo(1);
            assertThat(server.hits("/" + failing)).isEqualTo(1);
        }
    }
}
