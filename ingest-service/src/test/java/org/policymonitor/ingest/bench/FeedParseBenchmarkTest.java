package org.policymonitor.ingest.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.TestFeeds;
import org.policymonitor.ingest.parse.DocumentParser;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.SourceFailure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The cost of reading one feed document, printed, never asserted. Measured as the CPU time of the parsing thread (not
 * wall time): on the shared build machine other builds take the cores, which changes wall time by a factor of
 * several but the CPU a parse needs hardly at all. Each shape is parsed in rounds; the median round is printed.
 * Run: {@code ./mvnw -B -ntp -pl ingest-service -am test -Dtest=FeedParseBenchmarkTest -Dgroups=benchmark
 * -DexcludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class FeedParseBenchmarkTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 9;

    private final DocumentParser parser = new DocumentParser();

    @Test
    void cpuPerFeedDocument() throws Exception {
        System.out.printf("%nBENCHMARK feed parse, CPU of the parsing thread, median of %d rounds:%n", ROUNDS);
        measure("RSS 2.0, 30 items (a typical poll)", TestFeeds.rss("b", 1, 30), 400);
        measure("RSS 2.0, 2 000 items", TestFeeds.rss("b", 1, 2_000), 6);
        measure("Atom 1.0 fixture, 2 entries", fixture("atom.xml"), 2_000);
        measure("RSS 1.0 (RDF) fixture", fixture("rss10-rdf.xml"), 2_000);
        measure("RSS 2.0 BelTA fixture", fixture("belta-en.xml"), 2_000);
        System.out.println();
    }

    private void measure(String what, byte[] feed, int documentsPerRound) throws SourceFailure {
        URI base = URI.create("https://news.example/rss");
        Endpoint endpoint = Endpoint.feed(base);
        ZoneId zone = ZoneId.of("Europe/Minsk");
        int items = parser.parse(feed, "application/xml", base, endpoint, "en", zone).items().size();
        for (int i = 0; i < documentsPerRound; i++) { // warm-up
            parser.parse(feed, "application/xml", base, endpoint, "en", zone);
        }
        long[] cpu = new long[ROUNDS];
        long[] wall = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            for (int i = 0; i < documentsPerRound; i++) {
                parser.parse(feed, "application/xml", base, endpoint, "en", zone);
            }
            cpu[r] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            wall[r] = System.nanoTime() - wallStart;
        }
        double cpuPerDoc = median(cpu) / 1e3 / documentsPerRound;
        double wallPerDoc = median(wall) / 1e3 / documentsPerRound;
        System.out.printf("  %-36s %6d bytes, %5d items: %9.1f µs CPU per document, %6.2f µs CPU per item "
                + "(wall %9.1f µs per document)%n", what, feed.length, items, cpuPerDoc, cpuPerDoc / items, wallPerDoc);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParseBenchmarkTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }
}
