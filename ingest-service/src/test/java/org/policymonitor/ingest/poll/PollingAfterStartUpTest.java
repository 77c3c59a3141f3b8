package org.policymonitor.ingest.poll;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.state.StateStore;
import org.policymonitor.testing.Deadlines;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service (re)started with its poll loop on: a tick that comes before the messaging channel is wired
 * ({@link FirstTickBeforeMessaging} makes the first one do so, as it did for a restarted ingest-service in the fault
 * suite) is skipped, not failed with {@code SRMSG00019} and a stack trace in the log, and the loop polls once the
 * channel is there.
 */
@QuarkusTest
@TestProfile(PollingAfterStartUpTest.LoopOnFromTheStart.class)
class PollingAfterStartUpTest {

    static final String SOURCE = "startup-feed";
    static final String PATH = "/startup/rss";

    /** The production loop on, ticking at once and every second, over a catalogue of one source. */
    public static class LoopOnFromTheStart implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CatalogueOfOneFeed.class));
        }
    }

    /** Serves the feed and writes the catalogue before the application starts, so its first tick finds the source. */
    public static class CatalogueOfOneFeed implements QuarkusTestResourceLifecycleManager {
        private FeedServer server;

        @Override
        public Map<String, String> start() {
            server = new FeedServer();
            server.serve(PATH, Reply.of(200, "application/rss+xml", TestFeeds.rss(SOURCE, 1, 2)));
            try {
                Path catalogue = Files.createTempFile("startup-sources", ".yaml");
                Files.writeString(catalogue, """
                        version: 1
                        sources:
                          - id: %s
                            name: Start-up feed
                            type: rss
                            url: %s
                            language: en
                            pollInterval: PT10M
                            expectedCadence: P1D
                        """.formatted(SOURCE, server.url(PATH)));
                return Map.of("policy.sources.file", catalogue.toString(),
                        "policy.poller.enabled", "true",
                        "policy.poller.initial-delay", "0s",
                        "policy.poller.tick", "1s",
                        "policy.test.first-tick-before-messaging", "true");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Hands the server to the test's field (the test runs in another class loader). */
        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(server, new TestInjector.MatchesType(FeedServer.class));
        }

        @Override
        public void stop() {
            server.close();
        }
    }

    /** Set by {@link CatalogueOfOneFeed}. */
    FeedServer server;

    @Inject
    StateStore store;
    @Inject
    FirstTickBeforeMessaging ticks;

    @Test
    void theLoopPollsAndPublishesAfterAFirstTickThatCameBeforeMessagingWasWired() {
        await().atMost(Deadlines.ARRIVES).until(() -> store.publishedCount(SOURCE) == 2);
        assertThat(server.hits(PATH)).isGreaterThanOrEqualTo(1);
        assertThat(store.load(SOURCE).counters().polls()).isGreaterThanOrEqualTo(1);
        // a tick that came too early waits for the channel: no error logged for the operator to chase
        assertThat(ticks.failedTicks()).as("ticks that failed").isEmpty();
    }
}
