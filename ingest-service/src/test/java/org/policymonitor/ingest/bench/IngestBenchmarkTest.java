package org.policymonitor.ingest.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.FeedItem;
import org.policymonitor.events.SourceStatus;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.fetch.FetchSettings;
import org.policymonitor.ingest.fetch.HostGate;
import org.policymonitor.ingest.fetch.HttpFetcher;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.parse.ParsedDocument;
import org.policymonitor.ingest.poll.HealthRules;
import org.policymonitor.ingest.poll.ItemPublisher;
import org.policymonitor.ingest.poll.PublishResult;
import org.policymonitor.ingest.poll.PollCycle;
import org.policymonitor.ingest.poll.PollMetrics;
import org.policymonitor.ingest.poll.PollReport;
import org.policymonitor.ingest.poll.SourcePoller;
import org.policymonitor.ingest.poll.SourceState;
import org.policymonitor.ingest.poll.StateRepository;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceDefinition;
import org.policymonitor.platform.retry.Backoff;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput figures, printed, never asserted on time. Run:
 * {@code ./mvnw -B -f ingest-service/pom.xml verify -Dgroups=benchmark -DexcludedGroups=none -DargLine=-Xmx256m}
 * <p>
 * The poll-cycle figure measures fetching, parsing, dedup decisions and event building: the state and the broker are
 * in memory here (a {@link StateRepository} map and a counting publisher), so that the figure is the service's own
 * cost, not the cost of the database or Kafka on this machine.
 */
@Tag("benchmark")
class IngestBenchmarkTest {

    @Test
    void parseThroughput() throws Exception {
        byte[] feed = TestFeeds.rss("bench", 1, 20_000);
        DocumentParser parser = new DocumentParser();
        URI base = URI.create("https://news.example/rss");
        Endpoint endpoint = Endpoint.feed(base);
        for (int i = 0; i < 3; i++) { // warm-up
            parser.parse(feed, "application/rss+xml", base, endpoint, "en", ZoneId.of("Europe/Minsk"));
        }
        int runs = 5;
        long items = 0;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            ParsedDocument d = parser.parse(feed, "application/rss+xml", base, endpoint, "en", ZoneId.of("Europe/Minsk"));
            items += d.items().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double mb = (double) feed.length * runs / (1024 * 1024);
        System.out.printf("%nBENCHMARK parse RSS: %d items, %.1f MB in %.2f s -> %.0f items/s, %.1f MB/s (feed %.1f MB, %d items)%n",
                items, mb, seconds, items / seconds, mb / seconds, feed.length / (1024.0 * 1024), items / runs);

        StringBuilder html = new StringBuilder("<html><body><ul>");
        for (int i = 0; i < 5_000; i++) {
            html.append("<li class='news-card'><time data-datetime='2025-05-19T10:00:00+03:00'>19 May</time>")
                    .append("<a class='news-card__title' href='/en/events/item-").append(i).append("'>Event ").append(i)
                    .append("</a><div class='news-card__text'>Lead of event ").append(i).append("</div></li>");
        }
        byte[] listing = html.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        Endpoint president = Endpoint.listing(URI.create("https://president.gov.by/en/events"),
                new Selectors("li.news-card", "a.news-card__title", null,
                        "time[data-datetime]", ".news-card__text"));
        for (int i = 0; i < 3; i++) {
            parser.parse(listing, "text/html", president.url(), president, "en", ZoneId.of("Europe/Minsk"));
        }
        items = 0;
        started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            items += parser.parse(listing, "text/html", president.url(), president, "en", ZoneId.of("Europe/Minsk")).items().size();
        }
        seconds = (System.nanoTime() - started) / 1e9;
        mb = (double) listing.length * runs / (1024 * 1024);
        System.out.printf("BENCHMARK parse HTML listing: %d items, %.1f MB in %.2f s -> %.0f items/s, %.1f MB/s%n%n",
                items, mb, seconds, items / seconds, mb / seconds);
    }

    @Test
    void fiveHundredSourcesInOneCycle() throws Exception {
        int sources = 500;
        int itemsPerFeed = 30;
        int threads = 8;
        int hosts = 50; // 127.0.0.1 .. 127.0.0.50: politeness allows one request at a time per host
        try (FeedServer server = new FeedServer("0.0.0.0")) {
            List<SourceDefinition> defs = new ArrayList<>();
            for (int i = 0; i < sources; i++) {
                String path = "/s" + i + "/rss";
                server.serve(path, Reply.of(200, "application/rss+xml", TestFeeds.rss("s" + i, 1, itemsPerFeed)));
                String url = "http://127.0.0." + (1 + i % hosts) + ":" + server.port() + path;
                defs.add(TestFeeds.feedSource("bench-" + i, url));
            }
            CountingPublisher publisher = new CountingPublisher();
            SourcePoller poller = new SourcePoller("bench", new MemoryState(), new HttpFetcher(FetchSettings.defaults(),
                    new HostGate(), Clock.systemUTC()), new DocumentParser(), publisher, PollMetrics.NONE,
                    new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), Math::random), new HealthRules(1),
                    Duration.ofMinutes(5), Clock.systemUTC());
            resetPeaks();
            try (PollCycle cycle = new PollCycle(poller, threads)) {
                long started = System.nanoTime();
                List<PollReport> first = cycle.runAll(defs, true);
                double firstSeconds = (System.nanoTime() - started) / 1e9;
                started = System.nanoTime();
                List<PollReport> second = cycle.runAll(defs, true);
                double secondSeconds = (System.nanoTime() - started) / 1e9;
                long ok = first.stream().filter(r -> r.outcome() == PollReport.Outcome.POLLED).count();
                System.out.printf("%nBENCHMARK poll cycle: %d sources x %d items on %d hosts, %d threads, max heap %d MB%n",
                        sources, itemsPerFeed, hosts, threads, Runtime.getRuntime().maxMemory() / (1024 * 1024));
                System.out.printf("  first cycle : %.2f s, %d/%d sources polled, %d items published -> %.0f sources/s, %.0f items/s%n",
                        firstSeconds, ok, sources, publisher.items.get(), sources / firstSeconds, publisher.items.get() / firstSeconds);
                System.out.printf("  second cycle: %.2f s, %d duplicates, %d new -> %.0f sources/s%n", secondSeconds,
                        second.stream().mapToInt(PollReport::duplicates).sum(),
                        second.stream().mapToInt(PollReport::newItems).sum(), sources / secondSeconds);
                System.out.printf("  peak heap used: %.0f MB, max concurrent requests at the server: %d%n%n",
                        peakHeapMb(), server.maxConcurrentRequests());
            }
        }
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024);
    }

    /** The broker, counted. */
    static final class CountingPublisher implements ItemPublisher {
        final AtomicLong items = new AtomicLong();

        @Override
        public PublishResult publish(List<FeedItem> batch) {
            items.addAndGet(batch.size());
            return new PublishResult(batch, List.of());
        }

        @Override
        public boolean publishStatus(SourceStatus status) {
            return true;
        }
    }

    /** The database, in memory. */
    static final class MemoryState implements StateRepository {
        private final Map<String, SourceState> states = new ConcurrentHashMap<>();
        private final Set<String> published = ConcurrentHashMap.newKeySet();
        private final Set<String> leased = ConcurrentHashMap.newKeySet();

        @Override
        public boolean claim(String sourceId, String owner, Duration ttl, boolean ignoreSchedule) {
            return leased.add(sourceId);
        }

        @Override
        public void release(String sourceId, String owner) {
            leased.remove(sourceId);
        }

        @Override
        public SourceState load(String sourceId) {
            return states.getOrDefault(sourceId, SourceState.initial(sourceId, Instant.now()));
        }

        @Override
        public Set<String> published(Collection<String> itemIds) {
            Set<String> found = new HashSet<>();
            for (String id : itemIds) {
                if (published.contains(id)) {
                    found.add(id);
                }
            }
            return found;
        }

        @Override
        public boolean renew(String sourceId, String owner, Duration ttl) {
            return leased.contains(sourceId);
        }

        @Override
        public void save(String owner, SourceState state, List<FeedItem> acknowledged) {
            states.put(state.sourceId(), state);
            acknowledged.forEach(i -> published.add(i.id()));
        }

        @Override
        public void recordError(String sourceId, String reason, String message, String url) {
        }
    }
}
