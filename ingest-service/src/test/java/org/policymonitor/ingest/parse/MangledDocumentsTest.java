package org.policymonitor.ingest.parse;

import org.junit.jupiter.api.Test;
import org.policymonitor.ingest.Fixtures;
import org.policymonitor.ingest.source.Endpoint;
import org.policymonitor.ingest.source.Selectors;
import org.policymonitor.ingest.source.SourceFailure;
import org.policymonitor.ingest.source.SourceType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever arrives — cut at any byte, with random bytes flipped — the parser answers items or a
 * {@link SourceFailure} with a reason; never another exception (which would be a crash of that source's poll).
 */
class MangledDocumentsTest {

    private final DocumentParser parser = new DocumentParser();
    private static final URI BASE = URI.create("https://feeds.example/rss");

    @Test
    void truncatedAndCorruptedDocumentsGiveItemsOrAReason() {
        Random random = new Random(42); // fixed seed: a failure is reproducible
        int outcomes = 0;
        for (String fixture : List.of("belta-en.xml", "belta-ru-windows-1251.xml", "atom.xml", "rss10-rdf.xml",
                "rss091-netscape.xml", "nasb-listing.html", "president-listing.html", "undp-listing.html")) {
            byte[] original = Fixtures.bytes(fixture);
            Endpoint endpoint = fixture.endsWith(".html")
                    ? new Endpoint(SourceType.HTML, BASE, new Selectors("div.news-item, li.news-card, div.content-card", null, null, ".date, time, h6", "p"), null)
                    : Endpoint.feed(BASE);
            for (int cut = 0; cut < original.length; cut += 13) {
                outcomes += parseOrReason(Arrays.copyOf(original, cut), endpoint);
            }
            for (int round = 0; round < 120; round++) {
                byte[] corrupted = original.clone();
                for (int flips = 0; flips < 1 + random.nextInt(8); flips++) {
                    corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
                }
                outcomes += parseOrReason(corrupted, endpoint);
            }
        }
        assertThat(outcomes).isGreaterThan(1000);
    }

    @Test
    void aDocumentNestedDeeperThanAnyFeedGivesItemsOrAReasonNeverAStackOverflow() throws Exception {
        // read on a thread with a small stack, so that a recursive walk of the 10 000 levels would overflow it
        int depth = 10_000;
        String deep = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>http://x.example/</link>"
                + "<description>d</description><item><title>One</title><link>http://x.example/1</link></item><extra>"
                + "<x>".repeat(depth) + "</x>".repeat(depth) + "</extra></channel></rss>";
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                parseOrReason(deep.getBytes(StandardCharsets.UTF_8), Endpoint.feed(BASE));
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", 256 * 1024);
        reader.start();
        reader.join();
        assertThat(thrown.get()).isNull();
    }

    private int parseOrReason(byte[] body, Endpoint endpoint) {
        try {
            ParsedDocument d = parser.parse(body, null, BASE, endpoint, "en", ZoneId.of("Europe/Minsk"));
            assertThat(d.items()).allSatisfy(i -> assertThat(i.link() != null || i.guid() != null).isTrue());
        } catch (SourceFailure expected) {
            assertThat(expected.reason()).isNotNull();
            assertThat(expected.getMessage()).isNotBlank();
        }
        return 1;
    }
}
