package org.policymonitor.ingest.bench;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.events.FeedItem;
import org.policymonitor.testing.http.FeedServer;
import org.policymonitor.testing.http.FeedServer.Reply;
import org.policymonitor.ingest.archive.ArchiveMetrics;
import org.policymonitor.ingest.archive.ArchivePages;
import org.policymonitor.ingest.archive.ArchiveStore;
import org.policymonitor.ingest.archive.ArticleArchiver;
import org.policymonitor.ingest.archive.ArticleRechecker;
import org.policymonitor.ingest.archive.ChangeDetector;
import org.policymonitor.ingest.archive.RecheckSchedule;
import org.policymonitor.ingest.archive.WordDiff;
import org.policymonitor.ingest.article.ArticleReader;
import org.policymonitor.ingest.article.ArticleText;
import org.policymonitor.ingest.messaging.KafkaItemPublisher;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceDefinition;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.sun.net.httpserver.HttpExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One re-check cycle over 10 000 archived articles on 10 local hosts (127.0.0.1–10, one full-text source each),
 * with the service's article reader (robots.txt, host gate, extraction), PostgreSQL (embedded) and Kafka (embedded):
 * every page's counters change on every visit (markup only), 5 % are edited, 1 % answer 404. Printed, never asserted
 * on time. Run:
 * {@code ./mvnw -B -f ingest-service/pom.xml verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=ArchiveRecheckBenchmarkTest -DargLine=-Xmx512m}
 */
@QuarkusTest
@Tag("benchmark")
class ArchiveRecheckBenchmarkTest {

    static final int ARTICLES = 10_000;
    static final int HOSTS = 10;
    static final int THREADS = 8;

    @Inject
    ArchiveStore store;
    @Inject
    ArticleReader reader;
    @Inject
    KafkaItemPublisher publisher;
    @Inject
    RecheckSchedule schedule;
    @Inject
    ArticleArchiver archiving;

    @Test
    void oneRecheckCycleOverTenThousandArticles() throws Exception {
        String run = "bench" + Long.toString(System.nanoTime(), 36);
        Map<String, AtomicInteger> hitsPerHost = new ConcurrentHashMap<>();
        Map<String, Integer> state = new ConcurrentHashMap<>(); // path -> 0 original, 1 edited, 2 gone
        AtomicInteger views = new AtomicInteger();
        try (FeedServer server = new FeedServer("0.0.0.0")) {
            Map<String, SourceDefinition> sources = new TreeMap<>();
            List<String[]> articles = new ArrayList<>(); // sourceId, link, path
            for (int h = 1; h <= HOSTS; h++) {
                String host = "127.0.0." + h + ":" + server.port();
                SourceDefinition source = new SourceDefinition(run + "-h" + h, "Bench host " + h,
                        Endpoint.feed(URI.create("http://" + host + "/" + run + "/h" + h + "/rss")), null, "en",
                        ZoneId.of("Europe/Minsk"), Duration.ofMinutes(15), Duration.ofDays(1), true, true, null);
                sources.put(source.id(), source);
            }
            Function<HttpExchange, Reply> page = ex -> {
                hitsPerHost.computeIfAbsent(ex.getRequestHeaders().getFirst("Host"), k -> new AtomicInteger())
                        .incrementAndGet();
                String path = ex.getRequestURI().getPath();
                int s = state.getOrDefault(path, 0);
                if (s == 2) {
                    return Reply.text(404, "Not found");
                }
                String[] text = ArchivePages.DECREE.clone();
                text[1] = text[1] + " Article " + path + ".";
                if (s == 1) {
                    text[0] = text[0].replace("5 million", "7 million");
                }
                // counters, advert and "last viewed" differ on every visit: markup, not an edit
                int v = views.incrementAndGet();
                return ArchivePages.page("Article " + path, text, v, "Advert " + (v % 7), "view " + v);
            };
            for (int i = 0; i < ARTICLES; i++) {
                int h = 1 + i % HOSTS;
                String path = "/" + run + "/h" + h + "/a" + i;
                server.serve(path, page);
                articles.add(new String[]{run + "-h" + h, "http://127.0.0." + h + ":" + server.port() + path, path});
            }

            // archive: read every article once and record version 1, as a poll of a full-text source does
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long started = System.nanoTime();
            List<Future<?>> archived = new ArrayList<>();
            for (String[] a : articles) {
                archived.add(pool.submit(() -> {
                    ArticleText text = reader.read(sources.get(a[0]), a[1]);
                    assertThat(text.outcome()).as(a[1] + ": " + text.reason()).isEqualTo(ArticleText.Outcome.TEXT);
                    archiving.archive(FeedItem.of(a[0], "Bench", a[1], null, "Article " + a[2], "Lead", text.text(),
                            "en", List.of(), null, null, null, Instant.now()));
                }));
            }
            for (Future<?> f : archived) {
                f.get();
            }
            pool.shutdown();
            double archiveSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, Integer> archiveHits = snapshot(hitsPerHost);

            for (int i = 0; i < ARTICLES; i++) {
                if (i % 20 == 0) {
                    state.put(articles.get(i)[2], 1);
                } else if (i % 100 == 1) {
                    state.put(articles.get(i)[2], 2);
                }
            }
            hitsPerHost.clear();
            IngestBenchmarkTest.resetPeaks();
            Clock twoHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC);
            ArticleRechecker.CycleReport report;
            try (ArticleRechecker rechecker = new ArticleRechecker("bench", store, reader,
                    id -> Optional.ofNullable(sources.get(id)), publisher, ArchiveMetrics.NONE, schedule,
                    new ChangeDetector(new WordDiff(5)),
                    new ArticleRechecker.Settings(ARTICLES, ARTICLES / HOSTS, THREADS, Duration.ofMinutes(30)),
                    twoHoursLater)) {
                started = System.nanoTime();
                report = rechecker.runCycle();
            }
            double cycleSeconds = (System.nanoTime() - started) / 1e9;
            Map<String, Integer> cycleHits = snapshot(hitsPerHost);

            System.out.printf("%nBENCHMARK archive: %d articles on %d hosts, %d threads, max heap %d MB%n", ARTICLES,
                    HOSTS, THREADS, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf("  archiving (read + extract + version 1): %.1f s, %.0f articles/s%n", archiveSeconds,
                    ARTICLES / archiveSeconds);
            System.out.printf("  re-check cycle: %.1f s for %d articles (%.0f/s): %s, changes %s%n", cycleSeconds,
                    report.claimed(), report.claimed() / cycleSeconds, report.outcomes(), report.changes());
            System.out.printf("  requests per host per minute in the cycle: %s%n", cycleHits.values().stream()
                    .map(n -> String.format("%.0f", n / (cycleSeconds / 60))).collect(Collectors.joining(", ")));
            System.out.printf("  peak heap used during the cycle: %.0f MB; process RSS now %s, peak %s "
                    + "(the JVM also runs the embedded Kafka broker)%n", IngestBenchmarkTest.peakHeapMb(),
                    procStatus("VmRSS"), procStatus("VmHWM"));
            System.out.printf("  with the default budget (policy.archive.per-host=30, tick 60 s) the same re-checks "
                    + "take %d cycles: at most 30 requests per host per minute%n%n",
                    (ARTICLES / HOSTS + 29) / 30);
            assertThat(report.claimed()).isEqualTo(ARTICLES);
            assertThat(archiveHits.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(ARTICLES);
        }
    }

    private static Map<String, Integer> snapshot(Map<String, AtomicInteger> hits) {
        Map<String, Integer> copy = new TreeMap<>();
        hits.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    private static String procStatus(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(field + ":"))
                    .map(l -> l.substring(field.length() + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
